using Xunit;
using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// SPEC §3: props are typed, so a wrong attribute name, a wrong type or a missing required prop is a
/// compiler error, reported through <c>#line</c> at the attribute (or the tag) in the .page file.
/// </summary>
public class ComponentCompilerErrorTests
{
    private const string Card = """
        ---
        record Props(string Title, int Count = 0);
        ---
        <article><h2>{props.Title}</h2><slot /></article>

        """;

    /// <summary>The one compiler error of a page using Card, with its mapped file, line and column (1-based).</summary>
    private static (string Id, string File, int Line, int Column) SingleError(string page)
    {
        var run = GeneratorHarness.Run(("Components/Card.page", Card), ("Pages/index.page", page));
        Assert.Empty(run.GeneratorDiagnostics);
        var errors = run.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        var span = errors[0].Location.GetMappedLineSpan();
        Assert.True(span.HasMappedPath, errors[0].ToString());
        return (errors[0].Id, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void Wrong_attribute_name_is_reported_at_the_attribute()
    {
        var error = SingleError("""
            <main>
              <Card Title="a" Cont={3} />
            </main>
            """);
        Assert.Equal(("CS1739", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 19), error);
    }

    [Fact]
    public void Wrong_literal_attribute_name_is_reported_at_the_attribute()
    {
        var error = SingleError("""
            <main>
              <Card Title="a" Cont="3" />
            </main>
            """);
        Assert.Equal(("CS1739", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 19), error);
    }

    [Fact]
    public void Wrong_type_of_an_expression_is_reported_at_the_expression()
    {
        var error = SingleError("""
            <main>
              <Card Title="a" Count={"three"} />
            </main>
            """);
        Assert.Equal(("CS1503", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 26), error);
    }

    [Fact]
    public void Wrong_type_of_a_literal_is_reported_at_the_value()
    {
        var error = SingleError("""
            <main>
              <Card Title="a" Count="three" />
            </main>
            """);
        Assert.Equal(("CS1503", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 25), error);
    }

    [Fact]
    public void Bare_attribute_is_true_so_a_non_bool_prop_is_a_type_error()
    {
        var error = SingleError("""
            <main>
              <Card Title />
            </main>
            """);
        Assert.Equal(("CS1503", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 9), error);
    }

    [Fact]
    public void Missing_required_prop_is_reported_at_the_tag_name()
    {
        var error = SingleError("""
            <main>
              <Card Count={3} />
            </main>
            """);
        Assert.Equal(("CS7036", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 4), error);
    }

    [Fact]
    public void Unknown_component_is_reported_at_the_tag_name()
    {
        var error = SingleError("""
            <main>
              <Cardd Title="a" />
            </main>
            """);
        Assert.Equal(("CS0246", GeneratorHarness.ProjectDir + "Pages/index.page", 2, 4), error);
    }
}
