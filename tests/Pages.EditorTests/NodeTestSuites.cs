using Pages.EditorTests.Infrastructure;

namespace Pages.EditorTests;

/// <summary>The extension's node:test suites, each run as `npm run test:*` and judged by its TAP totals.</summary>
public sealed class NodeTestSuites
{
    /// <summary>
    /// editors/vscode/test/unit: the region scanner and virtual HTML document, HTML completion/hover/folding on it,
    /// and the choice of the server process.
    /// </summary>
    [Fact]
    public void Region_scanner_html_forwarding_and_server_choice_tests_pass()
    {
        var summary = RunPassing("test:unit");
        // As many as written today: a test file that stops being picked up must not pass silently.
        Assert.True(summary.Pass >= 38, $"only {summary.Pass} node unit tests ran");
    }

    /// <summary>editors/vscode/test/shiki: Shiki highlights a page with the grammar, on both of its regex engines.</summary>
    [Fact]
    public void Shiki_highlights_a_page_with_the_grammar_on_both_engines()
    {
        var summary = RunPassing("test:shiki");
        Assert.Equal(12, summary.Pass);
    }

    /// <summary>
    /// editors/vscode/test/corpus: every .page in the repository (all compile, so all are valid) tokenizes with no
    /// invalid scope and leaves the grammar at its root, one node test per file.
    /// </summary>
    [Fact]
    public void Every_page_in_the_repository_tokenizes_cleanly()
    {
        var summary = RunPassing("test:corpus");
        Assert.True(summary.Pass >= 51, $"only {summary.Pass} pages were read");
    }

    /// <summary>
    /// editors/vscode/test/bundle: the bundled extension activated under node with a fake <c>vscode</c> module; the
    /// real vscode-languageclient starts a server process over stdio, and requests go by region to it or to HTML.
    /// </summary>
    [Fact]
    public void Bundled_extension_starts_the_server_over_stdio_and_forwards_requests_by_region()
    {
        var summary = RunPassing("test:bundle");
        Assert.Equal(6, summary.Pass);
    }

    private static TapSummary RunPassing(string script)
    {
        var result = NodeModules.RunScript(script, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = TapSummary.Parse(result.Output);
        Assert.True(summary.Fail == 0 && summary.Pass == summary.Tests, $"{summary}\n{result}");
        return summary;
    }
}
