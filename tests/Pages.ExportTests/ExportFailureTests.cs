namespace Pages.ExportTests;

/// <summary>What fails an export, and what the message says.</summary>
public class ExportFailureTests
{
    [Fact]
    public async Task Page_that_throws_fails_the_export_with_its_file_route_and_exception()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_BOOM", "1"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Export failed: Pages/boom.page (/boom) threw System.InvalidOperationException: boom from the fixture", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_that_throws_fails_the_export_with_its_file_url_and_exception()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_ENDPOINT_BOOM", "1"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Export failed: Pages/rss.xml.cs (/rss.xml) threw System.InvalidOperationException: endpoint boom from the fixture", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..", "the segment '..' would write outside the output folder")]
    [InlineData("a/b", "a [param] value cannot hold '/'")]
    [InlineData("x|y", "it holds '|', which is not allowed in file names")]
    public async Task Unsafe_param_is_refused_before_anything_is_written(string value, string reason)
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_PARAM", value));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Pages/unsafe/[name].page: refused the static path {{ name = \"{value}\" }} of /unsafe/{{name}}", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(reason, run.StandardError, StringComparison.Ordinal);
        Assert.Empty(run.Files());
    }
}
