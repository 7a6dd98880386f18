using Pages.EditorTests.Infrastructure;

namespace Pages.EditorTests;

/// <summary>The grammar outside VS Code: Shiki highlights a page with it (editors/vscode/test/shiki), with both regex engines.</summary>
public sealed class ShikiTests
{
    [Fact]
    public void Shiki_highlights_a_page_with_the_grammar_on_both_engines()
    {
        var result = NodeModules.RunScript("test:shiki", TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = TapSummary.Parse(result.Output);
        Assert.True(summary.Fail == 0 && summary.Pass == 12 && summary.Tests == 12, $"{summary}\n{result}");
    }
}
