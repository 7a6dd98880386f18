namespace Pages.ExportTests;

/// <summary>
/// The export's link check (docs/static-export.md#link-check): after the files are written, every internal link and
/// fragment of every written HTML page, template and Markdown alike, must reach a written file and id.
/// </summary>
public class ExportLinkCheckTests
{
    [Fact]
    public async Task A_broken_link_and_a_broken_fragment_fail_the_export_and_both_are_listed_with_their_page()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_BROKEN_LINKS", "1"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Export failed: 2 broken links", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("  links.html: /abut (no file for /abut)", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("  links.html: /about#team (no id \"team\" in about.html)", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, run.StandardError.Split('\n').Count(line => line.StartsWith("  ", StringComparison.Ordinal)));

        // The files are written before the check: the report is about a complete site.
        Assert.Contains("links.html", run.Files());
    }

    [Fact]
    public async Task No_check_links_skips_the_check()
    {
        using ExportRun run = await ExportRun.StartAsync(["--no-check-links"], ("EXPORT_FIXTURE_BROKEN_LINKS", "1"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("Checked", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Working_links_fragments_web_root_files_and_external_links_pass()
    {
        using ExportRun run = await ExportRun.StartAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"Checked \d+ links in \d+ HTML files in \d+\.\d\d s, after \d+\.\d\d s of reading pages as they were written: none broken\.", run.StandardOutput);
    }
}
