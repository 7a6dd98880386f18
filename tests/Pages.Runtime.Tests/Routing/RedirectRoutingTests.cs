using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages.Runtime.Tests.Routing;

/// <summary>
/// The pieces configured redirects are made of: Astro's route syntax read into templates and target URLs, and the
/// run-time priority comparer, which must order routes as docs/routing.md's rules (the generator's) do.
/// </summary>
public class RedirectRoutingTests
{
    [Theory]
    [InlineData("/old", "/old")]
    [InlineData("/blog/[slug]", "/blog/{slug}")]
    [InlineData("/blog/post-[id]", "/blog/post-{id}")]
    [InlineData("/docs/[...path]", "/docs/{**path}")]
    [InlineData("/a{b}", "/a{{b}}")]
    public void Astro_route_syntax_becomes_a_route_template(string path, string template)
    {
        Assert.Equal(template, AstroRouteSyntax.ToTemplate(path));
    }

    [Theory]
    [InlineData("/blog/[slug")]
    [InlineData("/blog/[1x]")]
    [InlineData("/blog/[...]")]
    public void Malformed_parameters_are_refused(string path)
    {
        Assert.Throws<ArgumentException>(() => AstroRouteSyntax.ToTemplate(path));
    }

    [Theory]
    [InlineData("/articles/[slug]", "héllo wörld", "/articles/h%C3%A9llo%20w%C3%B6rld")]
    [InlineData("/docs/[...path]", "guide/intro", "/docs/guide/intro")]
    [InlineData("/docs/[...path]", "", "/docs")]
    [InlineData("/[...path]", "", "/")]
    [InlineData("/docs/[...path]/print", "", "/docs/print")]
    [InlineData("https://example.org/[...path]?x=1", "a/b", "https://example.org/a/b?x=1")]
    public void A_target_is_filled_with_encoded_values_and_an_empty_rest_drops_its_segment(string target, string value, string url)
    {
        Assert.Equal(url, AstroRouteSyntax.Fill(target, _ => value));
    }

    [Fact]
    public void The_run_time_comparer_orders_routes_as_the_documented_rules()
    {
        string[] expected =
        [
            "/blog/new",
            "/blog/post-{id}",
            "/blog/{slug}",
            "/blog",
            "/docs/{page}",
            "/docs",
            "/docs/{**path}",
            "/p/post-{id}",
            "/p/p-{id}",
        ];
        List<RoutePattern> shuffled = [.. expected.Reverse().Select(p => RoutePatternFactory.Parse(p))];

        shuffled.Sort((x, y) => RoutePatternShapeComparer.Compare(x, y));

        Assert.Equal(expected, shuffled.Select(p => p.RawText));
    }

    [Theory]
    [InlineData("/blog/{id}", "/blog/{slug}")]
    [InlineData("/Blog", "/blog")]
    [InlineData("/docs/{**a}", "/docs/{**b}")]
    public void Routes_that_match_the_same_urls_compare_equal(string x, string y)
    {
        Assert.Equal(0, RoutePatternShapeComparer.Compare(RoutePatternFactory.Parse(x), RoutePatternFactory.Parse(y)));
    }
}
