namespace Pages.ExportTests;

/// <summary>A GetStaticPaths() that yields 1,000 paths writes 1,000 files, rendered in parallel.</summary>
public class ThousandPagesTests
{
    [Fact]
    public async Task Thousand_static_paths_write_a_thousand_files()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_MANY", "1000"));
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] files = run.Files();
        Assert.Equal(1000, files.Count(file => file.StartsWith("many/", StringComparison.Ordinal)));
        Assert.Equal(1020, files.Length);
        Assert.Equal("<p>Page 737</p>\n", run.Read("many/737.html"));
    }
}
