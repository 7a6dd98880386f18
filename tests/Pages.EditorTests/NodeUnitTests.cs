using Pages.EditorTests.Infrastructure;

namespace Pages.EditorTests;

/// <summary>
/// The extension's pure modules under node:test (editors/vscode/test/unit): the region scanner and virtual HTML
/// document, HTML completion/hover/folding on it, and the choice of the server process.
/// </summary>
public sealed class NodeUnitTests
{
    [Fact]
    public void Region_scanner_html_forwarding_and_server_choice_tests_pass()
    {
        var result = NodeModules.RunScript("test:unit", TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = TapSummary.Parse(result.Output);
        Assert.True(summary.Fail == 0 && summary.Pass == summary.Tests, $"{summary}\n{result}");
        // As many as written today: a file that stops being picked up must not pass silently.
        Assert.True(summary.Pass >= 37, $"only {summary.Pass} node unit tests ran:\n{result}");
    }
}
