using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Properties;

/// <summary>
/// Fuzz seed 3cc8kncEw231: a string left open where Roslyn parses no expression (a parameter list, a type argument
/// list, an attribute) is kept as a skipped token. The generator must still report PAGE028 at the page's own
/// line and column, and the compiler, which a real build runs over the generated class all the same, must not
/// report anything mapped past the page's end.
/// </summary>
public class LeftOpenInParameterListTests
{
    [Theory]
    [InlineData("---\nrecord Props(string? Valu$\"{e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nstatic int F(int a, $\"{b) => a;\n---\n<p>{F(1)}</p>\n", 2, 21)]
    [InlineData("---\nList<$\"{int> items = [];\n---\n<p>{items.Count}</p>\n", 2, 6)]
    [InlineData("---\n[Obsolete($\"{x)] static int F() => 1;\n---\n<p>{F()}</p>\n", 2, 11)]
    [InlineData("---\nrecord Props(string? Valu$@\"{e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu@\"e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu$\"{$\"{e}\");\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu\"\"\"e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu$\"\"\"{e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string Title, int N$\"{\n) { }\n---\n<p>{props.Title}</p>\n", 2, 33)]
    public void A_string_left_open_in_a_list_is_PAGE028_at_the_page_and_nothing_lands_past_its_end(string text, int line, int column)
    {
        var run = GeneratorHarness.Run(("Pages/Echo.page", text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE028", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("Echo.page", span.Path, StringComparison.Ordinal);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));

        var lines = SourceText.From(text).Lines.Count;
        foreach (var error in run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var mapped = error.Location.GetMappedLineSpan();
            Assert.False(mapped.HasMappedPath && mapped.StartLinePosition.Line >= lines, $"{error} is past the page's {lines} lines");
        }
    }
}
