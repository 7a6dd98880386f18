using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Properties;

/// <summary>Texts the fuzz tests once broke a generator property with, shrunk, kept so the fix stays.</summary>
public class FuzzRegressionTests
{
    [Fact]
    public void Nesting_past_the_limit_is_a_language_diagnostic_not_an_internal_error()
    {
        // Found by Edited_corpus_pages_never_break_the_generator (seed eYbtnReBRJa2): 1,650 unclosed <div>s
        // inserted into Components/Twice.page reported PAGE099 "please report this bug".
        var text = "<div><slot /></div><" + string.Concat(Enumerable.Repeat("<div>", 1650)) + "div>";

        var result = GeneratorOracle.Check(text, routed: false, compile: false);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PAGE029", diagnostic.Id);
        Assert.Equal(text.IndexOf("<div>", 20, StringComparison.Ordinal) + 400 * 5, diagnostic.Location.SourceSpan.Start);
    }

    [Theory]
    [InlineData("RenderCount.@foreach (Nender = ", 25, 10)]
    [InlineData("f(a = g(b = ", 29, 5)]
    [InlineData("f(a = g(b = ", 2, 3)]
    [InlineData("<p>text</p>", 29, 30)]
    public void A_repeated_paste_adds_at_most_ten_parentheses(string chunk, int choice, int expected)
    {
        // Found by a probe that ran each fuzz case on a watchdog (a CI run of Edited_corpus_pages_never_break_the_generator
        // hung, seed lost): "RenderCount.@foreach (Nender = " pasted 26 times into a frontmatter made Roslyn's own parser
        // take exponential time (22 nested levels: 13 s; the compiler hangs on the same text). The Repeat mutation keeps
        // its pastes below that; the property tests the generator, not Roslyn.
        Assert.Equal(expected, PageMutation.RepeatCount(chunk, choice));
        Assert.True(PageMutation.RepeatCount(chunk, choice) * chunk.Count(c => c == '(') <= Math.Max(PageMutation.MaxRepeatedParentheses, chunk.Count(c => c == '(')));
    }

    [Fact]
    public void A_hole_past_column_65536_maps_its_line_without_a_directive_the_compiler_rejects()
    {
        // Found by a 30,000-case run of Edited_pages_without_diagnostics_compile_or_show_their_errors_in_the_page
        // (seed 2Owi9TO_7aK2): two runs of thousands of characters inserted into one line of dashboard.page put its
        // holes past column 65,536, and the enhanced #line directive of each was CS8938 ("out of range"), reported
        // past the page's end. An error in such a hole must land on the hole's line.
        var text = "---\nvar a = 1;\n---\n<p>" + new string('x', 70_000) + "{a.Nope}</p>\n";

        var result = GeneratorOracle.Check(text, routed: false, compile: true);

        Assert.DoesNotContain(result.CompilerErrors, e => e.Id == "CS8938");
        var error = Assert.Single(result.CompilerErrors, e => e.Id == "CS1061");
        var mapped = error.Location.GetMappedLineSpan();
        Assert.True(mapped.HasMappedPath, error.ToString());
        Assert.Equal(3, mapped.StartLinePosition.Line);
    }

    [Fact]
    public void An_error_in_generated_code_after_broken_frontmatter_is_not_placed_past_the_end_of_the_page()
    {
        // Found by Edited_pages_without_diagnostics_compile_or_show_their_errors_in_the_page (seed 5HB6WNndylx2):
        // braces inserted into a record in Layouts/DocsLayout.page put RenderAsync inside the record; its CS0115
        // was reported at Fuzz.page(7,119) in a 5-line page, because `#line hidden` continued the mapping above it.
        const string text = "---\nrecord Pro{{ps(string Title);\n---\n<p>{Title}</p>\n";

        var result = GeneratorOracle.Check(text, routed: false, compile: true);

        var overrideError = Assert.Single(result.CompilerErrors, e => e.Id == "CS0115");
        Assert.False(overrideError.Location.GetMappedLineSpan().HasMappedPath, overrideError.ToString());
        Assert.Contains(result.CompilerErrors, e => e.Id == "CS1519" && e.Location.GetMappedLineSpan().StartLinePosition.Line == 1);
    }

    [Theory]
    [InlineData("---\nrecord Props(string Title);\npublic static IEnumerable<S$\"{taticPath<Props>> GetStaticPaths() => [];\n---\n<h1>{props.Title}</h1>\n", 3, 28)]
    [InlineData("---\nvar a = @\"x;\n---\n<p>{a}</p>\n", 2, 9)]
    [InlineData("---\nreturn Redirect($\"{\"/about\", 301);\n---\n", 2, 17)]
    [InlineData("---\nvar a = 1; /* note\n---\n<p>{a}</p>\n", 2, 12)]
    [InlineData("---\nvar a = \"\"\"\nx\n---\n<p>{a}</p>\n", 2, 9)]
    [InlineData("---\nstatic int F(int a, $\"{b) => a;\n---\n<p>{F(1)}</p>\n", 2, 21)]
    [InlineData("---\nList<$\"{int> items = [];\n---\n<p>{items.Count}</p>\n", 2, 6)]
    [InlineData("---\n[Obsolete($\"{x)] static int F() => 1;\n---\n<p>{F()}</p>\n", 2, 11)]
    [InlineData("---\nrecord Props(string? Valu@\"e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu$\"{$\"{e}\");\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu\"\"\"e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string? Valu$\"\"\"{e);\n---\n<p>{props.Valu}</p>\n", 2, 26)]
    [InlineData("---\nrecord Props(string Title, int N$\"{\n) { }\n---\n<p>{props.Title}</p>\n", 2, 33)]
    public void Frontmatter_code_left_open_is_a_page_diagnostic_at_its_start(string text, int line, int column)
    {
        // Found by Edited_pages_without_diagnostics_compile_or_show_their_errors_in_the_page (seed dlrkSlzLjnl2, the
        // first case): an interpolation hole opened in the frontmatter swallowed the generated class up to a '}',
        // and the compiler reported "',' expected" at line 17 of a 12-line page. Seed 9GbgBSJbfGC2 (the Redirect
        // case): a hole whose '}' is missing, which Roslyn reports as CS1003, not as an unterminated string. The cases
        // after the first five come from seed 3cc8kncEw231 (below): strings of every kind left open where Roslyn parses
        // no expression, and the raw string the parser skipped, which PAGE028 once placed at `Valu`, not its quotes.
        AssertOnlyUnterminatedCodeIsReported(text, routed: true, line, column);
    }

    [Theory]
    [InlineData("record Props(string? Valu$\"{e);", 26)]
    [InlineData("record Props(string? Value, int Cou$\"{nt);", 36)]
    [InlineData("public static string Echo(string valu$\"{e) => valu;", 38)]
    [InlineData("void Show(int a$\"{b) { }", 16)]
    [InlineData("public static T First<T$\"{U>(T a) => a;", 24)]
    [InlineData("record Props<T$\"{>(T Value);", 15)]
    [InlineData("[System.Obsolete(\"x\"$\"{)] record Props(string Value);", 21)]
    [InlineData("record Props(string Valu$@\"{e);", 25)]
    public void A_hole_opened_where_no_expression_is_parsed_is_a_page_diagnostic_at_its_start(string line, int column)
    {
        // Found by Edited_pages_without_diagnostics_compile_or_show_their_errors_in_the_page (seed 3cc8kncEw231,
        // 1,500 cases): `$"{` inserted into the parameter list of Echo.page's record. Roslyn skips the string there as
        // one token (no InterpolatedStringExpression), so PAGE028 was missed; the hole swallowed the generated class
        // and the compiler's CS1003 was mapped to line 11 of a 4-line page. The first case is the fuzz run's text.
        var text = "---\n" + line + "\n---\n<p>{1}</p>\n";

        var diagnostic = AssertOnlyUnterminatedCodeIsReported(text, routed: false, 2, column);

        Assert.Equal(text.IndexOf('$', StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    /// <summary>
    /// The generator reports PAGE028 alone, at <paramref name="line"/> and <paramref name="column"/> of the page, and
    /// the compiler (run on the generated code anyway, as a build does) reports nothing mapped past the page's end.
    /// </summary>
    private static Diagnostic AssertOnlyUnterminatedCodeIsReported(string text, bool routed, int line, int column)
    {
        var result = GeneratorOracle.Check(text, routed, compile: false);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PAGE028", diagnostic.Id);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));

        var path = routed ? GeneratorOracle.RoutedPath : GeneratorOracle.ComponentPath;
        var run = GeneratorHarness.Run((path, text));
        var lineCount = text.Split('\n').Length;
        Assert.All(run.CompilerDiagnostics.Where(d => d.Location.GetMappedLineSpan().HasMappedPath), d => Assert.True(
            d.Location.GetMappedLineSpan().Path == GeneratorHarness.ProjectDir + path && d.Location.GetMappedLineSpan().EndLinePosition.Line < lineCount,
            $"{d} is mapped past the page's {lineCount} lines"));
        return diagnostic;
    }

    [Fact]
    public void A_member_broken_mid_word_is_reported_by_the_compiler()
    {
        // Found by the long run (seed 2k84b9-d8cw2): "public co" + 1,000 x + "nst bool Buffer" in buffered.page.
        // The compiler's error lands on the generated token after the member (see GeneratorOracle.RequireVisible).
        const string text = "---\npublic const bool Prerender = false;\npublic coxxxxnst bool Buffer = true;\n---\n<p>x</p>\n";

        var result = GeneratorOracle.Check(text, routed: true, compile: true);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.NotEmpty(result.CompilerErrors);
    }
}
