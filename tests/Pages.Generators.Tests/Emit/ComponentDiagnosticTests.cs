using Xunit;
using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Emit;

/// <summary>The generator's own component diagnostics, through the whole pipeline (file, line, column).</summary>
public class ComponentDiagnosticTests
{
    private static (string Id, string File, int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (diagnostic.Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Theory]
    [InlineData("<Card Title=\"a\" {...extra} />", 17)]
    [InlineData("<Card Title=\"a\" class:list={new object?[] { \"x\" }} />", 17)]
    public void Spread_or_class_list_on_a_component_is_PAGE016_at_the_attribute(string tag, int column)
    {
        var run = GeneratorHarness.Run(
            ("Components/Card.page", "---\nrecord Props(string Title);\n---\n<p>{props.Title}</p>\n"),
            ("Pages/index.page", "---\nvar extra = new Dictionary<string, object?>();\n---\n<main>\n" + tag + "\n</main>\n"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("PAGE016", GeneratorHarness.ProjectDir + "Pages/index.page", 5, column), Position(diagnostic));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Component_file_name_that_is_not_an_identifier_is_PAGE014_at_the_file_start()
    {
        var run = GeneratorHarness.Run(("Components/my-card.page", "<p>card</p>\n"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("PAGE014", GeneratorHarness.ProjectDir + "Components/my-card.page", 1, 1), Position(diagnostic));
        Assert.Contains("my-card.page", diagnostic.GetMessage());
    }

    [Fact]
    public void Frontmatter_using_alias_wins_over_a_project_component_of_the_same_name()
    {
        // Both Layout.page and BlogPost.page are components; the alias makes <Layout> mean BlogPost.
        var run = GeneratorHarness.Run(
            ("Layouts/Layout.page", "<div class=\"plain\"><slot /></div>\n"),
            ("Layouts/BlogPost.page", "---\nrecord Props(string Title);\n---\n<article><h1>{props.Title}</h1><slot /></article>\n"),
            ("Pages/post.page", "---\nusing Layout = App.Layouts.BlogPost;\n---\n<Layout Title=\"Post\"><p>body</p></Layout>\n"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Assert.Contains("await new Layout().RenderComponentAsync(", run.Source("App.Pages.Page_post."));
    }

    [Fact]
    public void Dotted_name_resolves_to_the_one_component_whose_full_name_ends_with_it()
    {
        var run = GeneratorHarness.Run(
            ("Components/Ui/Card.page", "<div class=\"ui\"><slot /></div>\n"),
            ("Components/Card.page", "<div class=\"plain\"><slot /></div>\n"),
            ("Pages/index.page", "<Ui.Card>x</Ui.Card>\n"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Assert.Contains("await new global::App.Components.Ui.Card().RenderComponentAsync(", run.Source("App.Pages.Page_index."));
    }
}
