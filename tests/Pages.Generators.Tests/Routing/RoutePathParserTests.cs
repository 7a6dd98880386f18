using Microsoft.AspNetCore.Routing.Patterns;
using Pages.Generators.Model;
using Pages.Generators.Routing;
using Xunit;

namespace Pages.Generators.Tests.Routing;

public class RoutePathParserTests
{
    [Theory]
    [InlineData("index.page", "/")]
    [InlineData("about.page", "/about")]
    [InlineData("blog/index.page", "/blog")]
    [InlineData("blog/[slug].page", "/blog/{slug}")]
    [InlineData("docs/[...path].page", "/docs/{**path}")]
    [InlineData("rss.xml.cs", "/rss.xml")]
    [InlineData("api/random.json.cs", "/api/random.json")]
    [InlineData("products/[id]/reviews.page", "/products/{id}/reviews")]
    [InlineData("post-[id].page", "/post-{id}")]
    [InlineData("[a]-[b].page", "/{a}-{b}")]
    [InlineData("[...path].page", "/{**path}")]
    [InlineData("[...path]/edit.page", "/{**path}/edit")]
    [InlineData("docs/[...slug]/print.page", "/docs/{**slug}/print")]
    [InlineData("[lang]/[...path]/edit.page", "/{lang}/{**path}/edit")]
    [InlineData("[...path]/[id]/v-[n].page", "/{**path}/{id}/v-{n}")]
    [InlineData("[...path]/index.page", "/{**path}")]
    [InlineData("404.page", "/404")]
    [InlineData("500.page", "/500")]
    public void File_path_maps_to_the_pattern_of_the_spec(string routePath, string expected)
    {
        Assert.True(RoutePathParser.TryParse(routePath, out _, out var pattern, out _, out var error), error);
        Assert.Equal(expected, pattern);
    }

    [Theory]
    [InlineData("Index.page", "/")]
    [InlineData("Blog/INDEX.page", "/Blog")]
    [InlineData("About.page", "/About")]
    public void Index_is_recognised_in_any_case_and_static_text_keeps_its_case(string routePath, string expected)
    {
        Assert.True(RoutePathParser.TryParse(routePath, out _, out var pattern, out _, out _));
        Assert.Equal(expected, pattern);
    }

    [Fact]
    public void Index_maps_to_its_folder_only_as_the_last_segment()
    {
        Assert.True(RoutePathParser.TryParse("index/about.page", out _, out var pattern, out _, out _));
        Assert.Equal("/index/about", pattern);
        Assert.True(RoutePathParser.TryParse("index.xml.cs", out _, out pattern, out _, out _));
        Assert.Equal("/index.xml", pattern);
    }

    [Fact]
    public void Backslashes_are_separators()
    {
        Assert.True(RoutePathParser.TryParse(@"blog\[slug].page", out _, out var pattern, out _, out _));
        Assert.Equal("/blog/{slug}", pattern);
    }

    [Fact]
    public void Segments_hold_static_parameter_and_catch_all_parts()
    {
        Assert.True(RoutePathParser.TryParse("docs/post-[id]/[...rest].page", out var segments, out _, out _, out _));
        Assert.Equal(
            new[]
            {
                Segment((RoutePartKind.Static, "docs")),
                Segment((RoutePartKind.Static, "post-"), (RoutePartKind.Parameter, "id")),
                Segment((RoutePartKind.CatchAll, "rest")),
            },
            segments.ToArray());
    }

    [Fact]
    public void Root_index_has_no_segments()
    {
        Assert.True(RoutePathParser.TryParse("index.page", out var segments, out _, out _, out _));
        Assert.True(segments.IsEmpty);
    }

    [Theory]
    [InlineData("404.page", 404)]
    [InlineData("500.page", 500)]
    [InlineData("blog/404.page", 0)]
    [InlineData("404.cs", 0)]
    [InlineData("403.page", 0)]
    [InlineData("about.page", 0)]
    public void Only_root_404_and_500_pages_are_error_pages(string routePath, int expected)
    {
        Assert.True(RoutePathParser.TryParse(routePath, out _, out _, out var errorStatus, out _));
        Assert.Equal(expected, errorStatus);
    }

    [Theory]
    [InlineData("about.page", true)]
    [InlineData("blog/[slug].page", true)]
    [InlineData("a_b.page", true)]
    [InlineData("_draft.page", false)]
    [InlineData("_partials/nav.page", false)]
    [InlineData("blog/_drafts/post.page", false)]
    [InlineData(@"blog\_draft.page", false)]
    public void Files_and_folders_starting_with_underscore_are_not_routed(string routePath, bool expected)
        => Assert.Equal(expected, RoutePathParser.IsRoutable(routePath));

    [Theory]
    [InlineData("blog/[].page", "'[]' in '[]' has no parameter name")]
    [InlineData("[...].page", "'[...]' in '[...]' has no parameter name")]
    [InlineData("blog/[slug.page", "'[' in '[slug' has no closing ']'")]
    [InlineData("blog/[a[b]].page", "'[' in '[a[b]]' has no closing ']'")]
    [InlineData("blog/slug].page", "']' in 'slug]' has no opening '['")]
    [InlineData("[...a]/[...b].page", "the rest parameters '[...a]' and '[...b]' cannot share a route; use one, and '[param]' segments around it")]
    [InlineData("[...a]/x/[...b]/y.page", "the rest parameters '[...a]' and '[...b]' cannot share a route; use one, and '[param]' segments around it")]
    [InlineData("[...path]/[path].page", "the parameter 'path' appears more than once")]
    [InlineData("docs/v-[...path].page", "the catch-all '[...path]' must be a whole segment, not part of 'v-[...path]'")]
    [InlineData("[a][b].page", "the parameters in '[a][b]' must be separated by text, as in '[a]-[b]'")]
    [InlineData("[id]/[id].page", "the parameter 'id' appears more than once")]
    [InlineData("[id]/[ID].page", "the parameter 'ID' appears more than once")]
    [InlineData("[1st].page", "'1st' is not a valid parameter name: use letters, digits and '_', not starting with a digit")]
    [InlineData("[my-slug].page", "'my-slug' is not a valid parameter name: use letters, digits and '_', not starting with a digit")]
    [InlineData("[a b].page", "'a b' is not a valid parameter name: use letters, digits and '_', not starting with a digit")]
    [InlineData("what?.page", "'?' cannot appear in a route ('what?')")]
    [InlineData("blog//a.page", "it has an empty folder name")]
    [InlineData("blog/.page", "the file name is empty")]
    [InlineData("../a.page", "'..' cannot be a route segment")]
    [InlineData("about.html", "the file name must end in '.page' or '.cs'")]
    public void Invalid_path_gives_the_reason_for_PAGE021(string routePath, string expected)
    {
        Assert.False(RoutePathParser.TryParse(routePath, out _, out _, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("[_id].page", "/{_id}")]
    [InlineData("[slug2].page", "/{slug2}")]
    [InlineData("[café].page", "/{café}")]
    public void Parameter_names_are_letters_digits_and_underscores(string routePath, string expected)
    {
        Assert.True(RoutePathParser.TryParse(routePath, out _, out var pattern, out _, out var error), error);
        Assert.Equal(expected, pattern);
    }

    [Fact]
    public void Braces_in_static_text_are_escaped_for_ASP_NET_Core()
    {
        Assert.True(RoutePathParser.TryParse("a{b}.page", out var segments, out var pattern, out _, out _));
        Assert.Equal("/a{{b}}", pattern);
        Assert.Equal("a{b}", segments[0].Parts[0].Value);
        Assert.Equal("a{b}", Literal(pattern));
    }

    [Theory]
    [InlineData("index.page")]
    [InlineData("blog/[slug].page")]
    [InlineData("docs/[...path].page")]
    [InlineData("post-[id].page")]
    [InlineData("[a]-[b].page")]
    [InlineData("[a].[b].page")]
    [InlineData("rss.xml.cs")]
    [InlineData("a{b}.page")]
    [InlineData("c#.page")]
    [InlineData("a*b.page")]
    [InlineData("a=b.page")]
    [InlineData("~.page")]
    [InlineData("about us.page")]
    [InlineData("100%.page")]
    public void Every_pattern_is_accepted_by_ASP_NET_Core(string routePath)
    {
        Assert.True(RoutePathParser.TryParse(routePath, out var segments, out var pattern, out _, out _));
        var parsed = RoutePatternFactory.Parse(pattern);
        Assert.Equal(segments.Count, parsed.PathSegments.Count);
        Assert.Equal(
            segments.SelectMany(s => s.Parts).Where(p => p.Kind != RoutePartKind.Static).Select(p => p.Value),
            parsed.Parameters.Select(p => p.Name));
    }

    private static string Literal(string pattern)
        => ((RoutePatternLiteralPart)RoutePatternFactory.Parse(pattern).PathSegments[0].Parts[0]).Content;

    private static RouteSegment Segment(params (RoutePartKind Kind, string Value)[] parts)
        => new(parts.Select(p => new RoutePart(p.Kind, p.Value)).ToEquatableArray());
}
