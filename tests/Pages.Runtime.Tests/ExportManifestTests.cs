using System.Text;

namespace Pages.Tests;

/// <summary>
/// The incremental export's manifest on its own, in a temp folder: what it skips, what it deletes, and what it never
/// touches (the end-to-end runs are in Pages.ExportTests).
/// </summary>
public sealed class ExportManifestTests : IDisposable
{
    private const string Build = "build-1";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pages-manifest-");

    private string Dist => Path.Combine(_root.FullName, "dist");

    [Fact]
    public async Task Same_bytes_are_not_written_again_and_other_bytes_are()
    {
        await ExportAsync(("a.html", "one"), ("b.html", "two"));

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false, Build);
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
        ExportManifestDocument written = ExportManifestFile.Read(manifestPath);
        ExportManifestFile.Write(manifestPath, written with { Files = new() { ["../outside.txt"] = written.Files["a.html"] } });

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false, Build);
        manifest.RemoveStale();

        Assert.True(File.Exists(outside));
        Assert.Equal(0, manifest.Removed);
    }

    [Fact]
    public async Task Unreadable_manifest_empties_the_folder_for_a_full_export_and_says_why()
    {
        await ExportAsync(("a.html", "one"));
        File.WriteAllText(Path.Combine(Dist, ExportManifest.FileName), "{ not a manifest }");

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false, Build);

        Assert.False(manifest.IsIncremental);
        Assert.Equal(".pages-manifest cannot be used: it is not a manifest that Pages wrote", manifest.FullExportReason);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Dist));
    }

    [Fact]
    public async Task Damaged_manifest_empties_the_folder_for_a_full_export_and_says_why()
    {
        await ExportAsync(("a.html", "one"), ("b.html", "two"));
        string manifestPath = Path.Combine(Dist, ExportManifest.FileName);
        byte[] bytes = File.ReadAllBytes(manifestPath);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(manifestPath, bytes);

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false, Build);

        Assert.False(manifest.IsIncremental);
        Assert.Equal(".pages-manifest cannot be used: it is damaged (its checksum does not match its contents)", manifest.FullExportReason);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Dist));
    }

    [Fact]
    public void Manifest_of_an_earlier_Pages_in_JSON_empties_the_folder_for_a_full_export_and_says_why()
    {
        Directory.CreateDirectory(Dist);
        File.WriteAllText(Path.Combine(Dist, ExportManifest.JsonFileName), "{\"version\":1,\"files\":{}}");
        File.WriteAllText(Path.Combine(Dist, "a.html"), "one");

        ExportManifest manifest = ExportManifest.Open(Dist, clean: false, Build);

        Assert.False(manifest.IsIncremental);
        Assert.Equal(".pages-manifest.json was written by an earlier version of Pages", manifest.FullExportReason);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Dist));
    }

    [Fact]
    public async Task A_first_export_or_a_clean_one_has_no_reason_to_give()
    {
        Assert.Null(ExportManifest.Open(Dist, clean: false, Build).FullExportReason);
        await ExportAsync(("a.html", "one"));
        File.WriteAllText(Path.Combine(Dist, ExportManifest.FileName), "damaged");
        Assert.Null(ExportManifest.Open(Dist, clean: true, Build).FullExportReason);
    }

    [Fact]
    public async Task Failed_export_keeps_the_files_it_did_not_reach_in_its_manifest()
    {
        await ExportAsync(("a.html", "one"), ("b.html", "two"));

        // This export writes a.html anew and stops before b.html: b.html is still the export's to delete later.
        ExportManifest failed = ExportManifest.Open(Dist, clean: false, Build);
        await WriteAsync(failed, "a.html", "ONE");
        failed.Save(complete: false);

        ExportManifest next = ExportManifest.Open(Dist, clean: false, Build);
        await WriteAsync(next, "a.html", "ONE");
        next.RemoveStale();
        Assert.Equal((0, 1, 1), (next.Written, next.Unchanged, next.Removed));
        Assert.False(File.Exists(Path.Combine(Dist, "b.html")));
    }

    [Fact]
    public async Task Page_whose_recorded_inputs_are_unchanged_is_kept_without_rendering_and_one_whose_input_changed_is_not()
    {
        string post1 = WriteSource("post-1.md", "one");
        string post2 = WriteSource("post-2.md", "two");
        ExportManifest first = ExportManifest.Open(Dist, clean: true, Build);
        await WriteAsync(first, "post-1.html", "<p>one</p>", Reads(post1));
        await WriteAsync(first, "post-2.html", "<p>two</p>", Reads(post2));
        await WriteAsync(first, "list.html", "<p>list</p>", Reads());
        await WriteAsync(first, "about.html", "<p>about</p>", reads: null);
        first.Save(complete: true);

        File.AppendAllText(post2, " edited");
        ExportManifest next = ExportManifest.Open(Dist, clean: false, Build);
        Assert.True(next.TryKeepRendered("post-1.html", Path.Combine(Dist, "post-1.html"), out ExportManifestEntry? kept));
        Assert.Equal("<p>one</p>".Length, kept.Length);
        Assert.True(next.TryKeepRendered("list.html", Path.Combine(Dist, "list.html"), out _));
        Assert.False(next.TryKeepRendered("post-2.html", Path.Combine(Dist, "post-2.html"), out _));

        // A page that read no content is rendered every time: its output may depend on anything.
        Assert.False(next.TryKeepRendered("about.html", Path.Combine(Dist, "about.html"), out _));
        Assert.Equal(2, next.Unchanged);
    }

    [Fact]
    public async Task Nothing_is_kept_without_rendering_under_another_build_or_when_the_file_changed_on_disk()
    {
        string post = WriteSource("post.md", "one");
        ExportManifest first = ExportManifest.Open(Dist, clean: true, Build);
        await WriteAsync(first, "a.html", "<p>a</p>", Reads(post));
        await WriteAsync(first, "b.html", "<p>b</p>", Reads(post));
        first.Save(complete: true);

        ExportManifest rebuilt = ExportManifest.Open(Dist, clean: false, "build-2");
        Assert.False(rebuilt.SameBuild);
        Assert.False(rebuilt.TryKeepRendered("a.html", Path.Combine(Dist, "a.html"), out _));

        File.WriteAllText(Path.Combine(Dist, "b.html"), "by hand");
        ExportManifest same = ExportManifest.Open(Dist, clean: false, Build);
        Assert.True(same.TryKeepRendered("a.html", Path.Combine(Dist, "a.html"), out _));
        Assert.False(same.TryKeepRendered("b.html", Path.Combine(Dist, "b.html"), out _));
    }

    [Fact]
    public async Task Failed_export_under_another_build_does_not_vouch_for_the_pages_it_did_not_reach()
    {
        string post = WriteSource("post.md", "one");
        ExportManifest first = ExportManifest.Open(Dist, clean: true, Build);
        await WriteAsync(first, "a.html", "<p>a</p>", Reads(post));
        await WriteAsync(first, "b.html", "<p>b</p>", Reads(post));
        first.Save(complete: true);

        // The new build renders a.html, then fails: b.html is still the old build's output.
        ExportManifest failed = ExportManifest.Open(Dist, clean: false, "build-2");
        await WriteAsync(failed, "a.html", "<p>A</p>", Reads(post));
        failed.Save(complete: false);

        ExportManifest next = ExportManifest.Open(Dist, clean: false, "build-2");
        Assert.True(next.TryKeepRendered("a.html", Path.Combine(Dist, "a.html"), out _));
        Assert.False(next.TryKeepRendered("b.html", Path.Combine(Dist, "b.html"), out _));
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static Dictionary<string, string> Reads(params string[] files) =>
        files.ToDictionary(file => file, file => ContentFileStamp.Of(file), StringComparer.Ordinal);

    private string WriteSource(string name, string text)
    {
        string path = Path.Combine(_root.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task ExportAsync(params (string File, string Text)[] files)
    {
        ExportManifest manifest = ExportManifest.Open(Dist, clean: true, Build);
        foreach ((string file, string text) in files)
        {
            await WriteAsync(manifest, file, text);
        }

        manifest.RemoveStale();
        manifest.Save(complete: true);
    }

    private Task<bool> WriteAsync(ExportManifest manifest, string file, string text, Dictionary<string, string>? reads = null) =>
        manifest.WriteAsync(file, Path.Combine(Dist, file), Encoding.UTF8.GetBytes(text), new ExportedPage(reads, Redirect: false, Links: null), CancellationToken.None);
}
