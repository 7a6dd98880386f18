namespace Pages.ExportTests;

/// <summary>
/// The incremental export (docs/static-export.md#incremental-export) on the fixture site, exported more than once into
/// one folder: an unchanged file is not written again (its write time stays), a file the export no longer writes is
/// deleted, a file the export never wrote is kept, a file changed by hand is written again, and <c>--clean</c> empties
/// the folder and writes everything. Editing Markdown content (a rebuild) is <see cref="IncrementalContentExportTests"/>.
/// </summary>
public class IncrementalExportTests
{
    private static readonly (string, string) ThreeMany = ("EXPORT_FIXTURE_MANY", "3");

    [Fact]
    public async Task Second_export_of_an_unchanged_site_writes_nothing()
    {
        string output = ExportRun.NewOutputFolder();
        using ExportRun first = await ExportRun.StartInAsync(output, [], ThreeMany);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("23 written, 0 unchanged, 0 removed", first.StandardOutput, StringComparison.Ordinal);
        Dictionary<string, DateTime> before = first.WriteTimes();

        ExportRun second = await ExportRun.StartInAsync(output, [], ThreeMany);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 written, 23 unchanged, 0 removed", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, second.WriteTimes());

        // The manifest (binary, Pages.Runtime.Tests reads it back field by field) names every file of the site.
        byte[] manifest = File.ReadAllBytes(Path.Combine(output, ExportRun.ManifestFile));
        Assert.Equal("PGMF"u8.ToArray(), manifest[..4]);
        Assert.All(second.Files(), file => Assert.True(manifest.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(file)) >= 0, file));
    }

    [Fact]
    public async Task A_damaged_manifest_makes_a_full_export_that_says_why()
    {
        string output = ExportRun.NewOutputFolder();
        using ExportRun first = await ExportRun.StartInAsync(output, []);
        Assert.True(first.ExitCode == 0, first.ToString());
        string manifest = Path.Combine(output, ExportRun.ManifestFile);
        File.WriteAllBytes(manifest, File.ReadAllBytes(manifest)[..^3]);
        File.WriteAllText(Path.Combine(output, "stray.txt"), "not the export's, but the folder is emptied: the manifest cannot say so\n");

        ExportRun second = await ExportRun.StartInAsync(output, []);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(
            "Exporting every file again, the folder emptied first: .pages-manifest cannot be used: it is damaged (its checksum does not match its contents).",
            second.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("20 written, 0 unchanged, 0 removed", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(first.Files(), second.Files());

        ExportRun third = await ExportRun.StartInAsync(output, []);
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain("Exporting every file again", third.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("0 written, 20 unchanged, 0 removed", third.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_of_an_earlier_Pages_makes_a_full_export_that_says_why()
    {
        string output = ExportRun.NewOutputFolder();
        using ExportRun first = await ExportRun.StartInAsync(output, []);
        Assert.True(first.ExitCode == 0, first.ToString());
        File.Move(Path.Combine(output, ExportRun.ManifestFile), Path.Combine(output, ".pages-manifest.json"));

        ExportRun second = await ExportRun.StartInAsync(output, []);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Exporting every file again, the folder emptied first: .pages-manifest.json was written by an earlier version of Pages.", second.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("20 written, 0 unchanged, 0 removed", second.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, ".pages-manifest.json")));
    }

    [Fact]
    public async Task Files_no_longer_exported_are_deleted_and_files_the_export_never_wrote_are_kept()
    {
        string output = ExportRun.NewOutputFolder();
        using ExportRun first = await ExportRun.StartInAsync(output, [], ThreeMany);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("many/3.html", first.Files());
        File.WriteAllText(Path.Combine(output, "CNAME"), "example.com\n");
        File.WriteAllText(Path.Combine(output, "many", "notes.txt"), "mine\n");

        // The user's own page: kept, and its links are not the export's to check (this one is broken).
        File.WriteAllText(Path.Combine(output, "draft.html"), "<a href=\"/nowhere\">not yet</a>\n");

        ExportRun fewer = await ExportRun.StartInAsync(output, [], ("EXPORT_FIXTURE_MANY", "1"));
        Assert.True(fewer.ExitCode == 0, fewer.ToString());
        Assert.Contains("2 removed", fewer.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(["many/1.html", "many/notes.txt"], fewer.Files().Where(file => file.StartsWith("many/", StringComparison.Ordinal)));
        Assert.Equal("example.com\n", fewer.Read("CNAME"));
        Assert.Contains("draft.html", fewer.Files());
        Assert.Contains("none broken", fewer.StandardOutput, StringComparison.Ordinal);

        // The last page of a folder goes; the folder stays while it holds the user's file, and goes with the last one.
        File.Delete(Path.Combine(output, "many", "notes.txt"));
        ExportRun none = await ExportRun.StartInAsync(output, []);
        Assert.True(none.ExitCode == 0, none.ToString());
        Assert.Contains("1 removed", none.StandardOutput, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "many")));
        Assert.Contains("CNAME", none.Files());
    }

    [Fact]
    public async Task File_changed_by_hand_in_the_output_folder_is_written_again()
    {
        string output = ExportRun.NewOutputFolder();
        using ExportRun first = await ExportRun.StartInAsync(output, []);
        Assert.True(first.ExitCode == 0, first.ToString());
        string about = first.Read("about.html");
        File.WriteAllText(Path.Combine(output, "about.html"), "edited by hand");

        ExportRun second = await ExportRun.StartInAsync(output, []);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(about, second.Read("about.html"));
        Assert.Contains("1 written, 19 unchanged, 0 removed", second.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_option_empties_the_folder_and_writes_every_file()
    {
        string output = ExportRun.NewOutputFolder();
        using ExportRun first = await ExportRun.StartInAsync(output, []);
        Assert.True(first.ExitCode == 0, first.ToString());
        Dictionary<string, DateTime> before = first.WriteTimes();
        File.WriteAllText(Path.Combine(output, "stray.txt"), "mine\n");

        ExportRun clean = await ExportRun.StartInAsync(output, ["--clean"]);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("20 written, 0 unchanged, 0 removed", clean.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before.Keys, clean.Files());
        Assert.All(clean.WriteTimes(), file => Assert.True(file.Value > before[file.Key], $"{file.Key} was not written again"));
    }
}
