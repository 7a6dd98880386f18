using Microsoft.CodeAnalysis;
using Pages.Generators.Mapping;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Mapping;

/// <summary>
/// The mapping the language server uses: positions of a .page and of its generated C#, both ways, read from the
/// #line directives the generator wrote — and agreeing with where the compiler itself puts mapped errors.
/// </summary>
public class PageSourceMapTests
{
    private const string PagePath = "Pages/index.page";

    private const string Page = """
        ---
        var names = new[] { "a", "b" };
        var title = "Hello";
        ---
        <h1 class={title.ToLowerInvariant()}>{title.Length}</h1>
        @foreach (var name in names) {
          <p>{name.ToUpperInvariant()
                 .Trim()}</p>
        }
        """;

    private static (PageSourceMap Map, string Generated) Generate(string page = Page)
    {
        var run = GeneratorHarness.Run((PagePath, page));
        var generated = run.Source("App.Pages.Page_index");
        return (PageSourceMap.Create(generated, GeneratorHarness.ProjectDir + PagePath, page), generated);
    }

    [Theory]
    [InlineData("title.Length")]
    [InlineData("title.ToLowerInvariant()")]
    [InlineData("var name in names")]
    [InlineData("var title = \"Hello\";")]
    [InlineData(".Trim()")]
    public void Page_position_maps_to_the_same_code_in_the_generated_CSharp(string code)
    {
        var (map, generated) = Generate();
        var pageOffset = Page.IndexOf(code, StringComparison.Ordinal);

        var generatedOffset = map.ToGenerated(pageOffset + 2);

        Assert.NotNull(generatedOffset);
        Assert.Equal(code.Substring(2), generated.Substring(generatedOffset!.Value, code.Length - 2));
    }

    [Theory]
    [InlineData("title.Length")]
    [InlineData("names = new[]")]
    [InlineData("name.ToUpperInvariant()")]
    public void Generated_position_maps_back_to_the_page(string code)
    {
        var (map, generated) = Generate();
        var generatedOffset = generated.IndexOf(code, StringComparison.Ordinal);

        var pageOffset = map.ToPage(generatedOffset + 1);

        Assert.NotNull(pageOffset);
        Assert.Equal(Page.IndexOf(code, StringComparison.Ordinal) + 1, pageOffset);
    }

    [Fact]
    public void Caret_at_the_end_of_a_hole_maps_to_the_end_of_its_code()
    {
        const string page = "---\nvar title = \"x\";\n---\n<p>{title.}</p>\n";
        var (map, generated) = Generate(page);
        var caret = page.IndexOf("title.", StringComparison.Ordinal) + "title.".Length;

        var generatedOffset = map.ToGenerated(caret);

        Assert.NotNull(generatedOffset);
        Assert.EndsWith("title.", generated.Substring(0, generatedOffset!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_has_no_generated_position()
    {
        var (map, _) = Generate();

        Assert.Null(map.ToGenerated(Page.IndexOf("<h1", StringComparison.Ordinal) + 1));
        Assert.Null(map.ToGenerated(Page.IndexOf("</p>", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void Generator_code_has_no_page_position()
    {
        var (map, generated) = Generate();

        Assert.Null(map.ToPage(generated.IndexOf("public sealed partial class", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_copied_position_round_trips()
    {
        var (map, generated) = Generate();
        foreach (var region in map.Regions)
        {
            Assert.Equal(Page.Substring(region.PageStart, region.PageLength), generated.Substring(region.GeneratedStart, region.GeneratedLength));
            for (var offset = region.PageStart; offset < region.PageEnd; offset++)
            {
                Assert.Equal(offset, map.ToPage(map.ToGenerated(offset)!.Value));
            }
        }
    }

    [Fact]
    public void Agrees_with_the_compiler_on_where_a_generated_error_lands()
    {
        const string page = "---\nvar title = \"x\";\n---\n<p>{title.Lenght}</p>\n";
        var run = GeneratorHarness.Run((PagePath, page));
        var error = Assert.Single(run.CompilerDiagnostics, d => d.Id == "CS1061");
        var generated = error.Location.SourceTree!.ToString();
        var map = PageSourceMap.Create(generated, GeneratorHarness.ProjectDir + PagePath, page);

        var pageOffset = map.ToPage(error.Location.SourceSpan.Start)!.Value;
        var mapped = error.Location.GetMappedLineSpan();

        var lines = page.Split('\n');
        var expectedOffset = lines.Take(mapped.StartLinePosition.Line).Sum(l => l.Length + 1) + mapped.StartLinePosition.Character;
        Assert.Equal(expectedOffset, pageOffset);
        Assert.Equal("Lenght", page.Substring(pageOffset, "Lenght".Length));
    }

    [Fact]
    public void Consecutive_holes_share_no_end_of_mapping_yet_each_error_lands_on_its_own_hole()
    {
        // Only where the mapping changes is there a '#line hidden': not between two holes, but before the literal after them.
        const string page = "---\nvar title = \"x\";\n---\n<p>{title.Lenght}{title.Widht}</p>\n";
        var run = GeneratorHarness.Run((PagePath, page));
        var errors = run.CompilerDiagnostics.Where(d => d.Id == "CS1061").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        var generated = errors[0].Location.SourceTree!.ToString();
        var map = PageSourceMap.Create(generated, GeneratorHarness.ProjectDir + PagePath, page);

        Assert.Equal(2, errors.Count);
        Assert.Equal("Lenght", page.Substring(map.ToPage(errors[0].Location.SourceSpan.Start)!.Value, 6));
        Assert.Equal("Widht", page.Substring(map.ToPage(errors[1].Location.SourceSpan.Start)!.Value, 5));
        // Line 4, columns 11 and 25 (0-based 3, 10 and 24): where the compiler reports them, through the directives.
        Assert.Equal(new[] { (3, 10), (3, 24) }, errors.Select(e => (e.Location.GetMappedLineSpan().StartLinePosition.Line, e.Location.GetMappedLineSpan().StartLinePosition.Character)));
        var holes = generated.Substring(generated.IndexOf("title.Lenght", StringComparison.Ordinal));
        holes = holes.Substring(0, holes.IndexOf("</p>", StringComparison.Ordinal));
        Assert.Equal(1, holes.Split("#line hidden").Length - 1);
    }

    [Fact]
    public void Maps_recognises_the_generated_file_of_its_page_only()
    {
        var (_, generated) = Generate();

        Assert.True(PageSourceMap.Maps(generated, GeneratorHarness.ProjectDir + PagePath));
        Assert.False(PageSourceMap.Maps(generated, GeneratorHarness.ProjectDir + "Pages/other.page"));
    }
}
