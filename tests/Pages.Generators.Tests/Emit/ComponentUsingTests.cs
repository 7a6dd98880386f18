using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Emit;

/// <summary>A page may import its components' namespace itself; the generated code must not import it again.</summary>
public class ComponentUsingTests
{
    [Fact]
    public void A_using_of_the_component_namespace_in_the_frontmatter_gives_no_duplicate_using_warning()
    {
        var run = GeneratorHarness.Run(
            ("Components/Card.page", "---\nrecord Props(string Title);\n---\n<h2>{props.Title}</h2>\n"),
            ("Pages/index.page", "---\nusing App.Components;\n---\n<Card Title=\"a\" />\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.CompilerDiagnostics, d => d.Id == "CS0105");
        Assert.Empty(run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
