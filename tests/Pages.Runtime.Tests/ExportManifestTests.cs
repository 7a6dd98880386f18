using System.Text;

namespace Pages.Tests;

/// <summary>
/// The incremental export's manifest on its own, in a temp folder: what it skips, what it deletes, and what it never
/// touches (the end-to-end runs are in Pages.ExportTests).
/// </summary>
public sealed class ExportManifestTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pages-manifest-");

    private string Dist => Path.Combine(_root.FullName, "dist");

    [Fact]
    public async Task Same_bytes_are_not_written_again_and_other_bytes_are()
    {
        await ExportAsync(("a.html", "one"), ("b.html", "two"));

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false);
        Assert.True(manifest.IsIncremental);
        Assert.False(await WriteAsync(manifest, "a.html", "one"));
        Assert.True(await WriteAsync(manifest, "b.html", "TWO"));
        Assert.Equal((1, 1), (manifest.Written, manifest.Unchanged));
        Assert.Equal("TWO", File.ReadAllText(Path.Combine(Dist, "b.html")));
    }

    [Fact]
    public async Task Entries_that_lead_outside_the_folder_are_never_deleted()
    {
        await ExportAsync(("a.html", "one"));
        string outside = Path.Combine(_root.FullName, "outside.txt");
        File.WriteAllText(outside, "not the export's");
        string manifestPath = Path.Combine(Dist, ExportManifest.FileName);
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"a.html\"", "\"../outside.txt\"", StringComparison.Ordinal));

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false);
        manifest.RemoveStale();

        Assert.True(File.Exists(outside));
        Assert.Equal(0, manifest.Removed);
    }

    [Fact]
    public async Task Unreadable_manifest_empties_the_folder_for_a_full_export()
    {
        await ExportAsync(("a.html", "one"));
        File.WriteAllText(Path.Combine(Dist, ExportManifest.FileName), "{ not json");

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false);

        Assert.False(manifest.IsIncremental);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Dist));
    }

    [Fact]
    public async Task Failed_export_keeps_the_files_it_did_not_reach_in_its_manifest()
    {
        await ExportAsync(("a.html", "one"), ("b.html", "two"));

        // This export writes a.html anew and stops before b.html: b.html is still the export's to delete later.
        ExportManifest failed = ExportManifest.Open(Dist, clean: false);
        await WriteAsync(failed, "a.html", "ONE");
        await failed.SaveAsync(complete: false, CancellationToken.None);

        ExportManifest next = ExportManifest.Open(Dist, clean: false);
        await WriteAsync(next, "a.html", "ONE");
        next.RemoveStale();
        Assert.Equal((0, 1, 1), (next.Written, next.Unchanged, next.Removed));
        Assert.False(File.Exists(Path.Combine(Dist, "b.html")));
    }

    public void Dispose() => _root.Delete(recursive: true);

    private async Task ExportAsync(params (string File, string Text)[] files)
    {
        ExportManifest manifest = ExportManifest.Open(Dist, clean: true);
        foreach ((string file, string text) in files)
        {
            await WriteAsync(manifest, file, text);
        }

        manifest.RemoveStale();
        await manifest.SaveAsync(complete: true, CancellationToken.None);
    }

    private Task<bool> WriteAsync(ExportManifest manifest, string file, string text) =>
        manifest.WriteAsync(file, Path.Combine(Dist, file), Encoding.UTF8.GetBytes(text), CancellationToken.None);
}
