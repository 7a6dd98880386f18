using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Diagnostics;

/// <summary>
/// SPEC §2.3: C# errors inside holes, headers and the frontmatter are reported by the compiler at the .page
/// file's line and column (through #line); template errors are the generator's PAGE diagnostics, at the
/// construct, and nothing else cascades from them.
/// </summary>
public class MappedDiagnosticsTests
{
    private static Diagnostic SingleCompilerError(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        var errors = run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        return errors[0];
    }

    private static (string Path, int Line, int Column) Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        Assert.True(span.HasMappedPath, $"{diagnostic} is not mapped to the .page file");
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void Type_error_inside_a_hole_is_reported_at_the_page_line_and_column()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "<h1>Hello</h1>\n<p>  {1 + \"x\" * 2}</p>\n"));
        var error = SingleCompilerError(run);
        Assert.Equal("CS0019", error.Id);
        // `"x" * 2` starts at column 11 of line 2: `<p>  {1 + ` is 10 characters.
        Assert.Equal((GeneratorHarness.ProjectDir + "Pages/index.page", 2, 11), Where(error));
    }

    [Fact]
    public void Unknown_name_in_an_attribute_value_is_reported_at_the_name()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "<a\n   href={missing}>x</a>\n"));
        var error = SingleCompilerError(run);
        Assert.Equal("CS0103", error.Id);
        Assert.Equal((GeneratorHarness.ProjectDir + "Pages/index.page", 2, 10), Where(error));
    }

    [Fact]
    public void Error_in_a_frontmatter_statement_is_reported_at_its_line_and_column()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "---\nvar a = 1;\n    int b = \"text\";\n---\n<p>{a}{b}</p>\n"));
        var error = SingleCompilerError(run);
        Assert.Equal("CS0029", error.Id);
        Assert.Equal((GeneratorHarness.ProjectDir + "Pages/index.page", 3, 13), Where(error));
    }

    [Fact]
    public void Error_in_a_frontmatter_member_is_reported_at_its_line_and_column()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "---\npublic static int Twice(int x) => x * nope;\n---\n<p>{Twice(2)}</p>\n"));
        var error = SingleCompilerError(run);
        Assert.Equal("CS0103", error.Id);
        Assert.Equal((GeneratorHarness.ProjectDir + "Pages/index.page", 2, 39), Where(error));
    }

    [Fact]
    public void Error_in_an_if_condition_is_reported_in_the_header()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "@if (count > 0) {\n<p>x</p>\n}\n"));
        var error = SingleCompilerError(run);
        Assert.Equal("CS0103", error.Id);
        Assert.Equal((GeneratorHarness.ProjectDir + "Pages/index.page", 1, 6), Where(error));
    }

    [Fact]
    public void Bad_using_is_reported_at_the_frontmatter_line()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "---\nusing No.Such.Namespace;\n---\n<p>x</p>\n"));
        var error = SingleCompilerError(run);
        Assert.Equal("CS0246", error.Id);
        Assert.Equal((GeneratorHarness.ProjectDir + "Pages/index.page", 2, 7), Where(error));
    }

    [Fact]
    public void Template_error_is_one_generator_diagnostic_at_the_construct_and_no_compiler_error()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "---\nvar x = 1;\n---\n<main>\n  <div>{x}\n</main>\n"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.StartsWith("PAGE0", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "Pages/index.page", span.Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Two_pages_with_one_route_are_reported_as_ambiguous()
    {
        var run = GeneratorHarness.Run(("Pages/about.page", "<p>a</p>"), ("Pages/about/index.page", "<p>b</p>"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE015", diagnostic.Id);
        Assert.Equal(GeneratorHarness.ProjectDir + "Pages/about/index.page", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Component_file_name_that_is_not_an_identifier_is_PAGE014()
    {
        var run = GeneratorHarness.Run(("Components/my-card.page", "<p>card</p>"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE014", diagnostic.Id);
        Assert.Equal(GeneratorHarness.ProjectDir + "Components/my-card.page", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Prerendered_dynamic_page_without_GetStaticPaths_is_PAGE023()
    {
        var run = GeneratorHarness.Run(("Pages/blog/[slug].page", "<h1>{Params[\"slug\"]}</h1>"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE023", diagnostic.Id);
        Assert.Equal(GeneratorHarness.ProjectDir + "Pages/blog/[slug].page", diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("---\npublic const bool Prerender = false;\n---\n<h1>{Params[\"slug\"]}</h1>")]
    [InlineData("---\npublic static IEnumerable<StaticPath> GetStaticPaths() => [new(new() { [\"slug\"] = \"a\" })];\n---\n<h1>{Params[\"slug\"]}</h1>")]
    public void Dynamic_page_on_demand_or_with_GetStaticPaths_needs_nothing_more(string page)
    {
        var run = GeneratorHarness.Run(("Pages/blog/[slug].page", page));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
    }
}
