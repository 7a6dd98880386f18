using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Pages.Generators.Model;
using Pages.Generators.Routing;
using Xunit;

namespace Pages.Generators.Tests.Routing;

public class RouteMatcherTests
{
    private static readonly EquatableArray<RouteModel> Site = RouteTable.Build(Routes.For(
        "index.page", "about.page", "blog/index.page", "blog/new.page", "blog/[slug].page", "blog/post-[id].page",
        "docs/[...path].page", "products/[id]/reviews.page", "rss.xml.cs", "api/random.json.cs", "404.page",
        "[lang]/index.page")).Routes;

    [Theory]
    [InlineData("/", "index.page")]
    [InlineData("/about", "about.page")]
    [InlineData("/ABOUT/", "about.page")]
    [InlineData("/blog", "blog/index.page")]
    [InlineData("/blog/new", "blog/new.page")]
    [InlineData("/blog/hello", "blog/[slug].page")]
    [InlineData("/blog/post-7", "blog/post-[id].page")]
    [InlineData("/docs", "docs/[...path].page")]
    [InlineData("/docs/a/b", "docs/[...path].page")]
    [InlineData("/products/3/reviews", "products/[id]/reviews.page")]
    [InlineData("/rss.xml", "rss.xml.cs")]
    [InlineData("/api/random.json", "api/random.json.cs")]
    [InlineData("/404", "404.page")]
    [InlineData("/fr", "[lang]/index.page")]
    [InlineData("/products/3", null)]
    [InlineData("/blog/a/b", null)]
    public void Url_is_served_by_the_first_matching_route(string path, string? expected)
        => Assert.Equal(expected, FirstMatch(Site, path)?.RoutePath);

    [Fact]
    public void Catch_all_at_its_bare_prefix_has_a_null_value()
    {
        Assert.True(RouteMatcher.TryMatch(Routes.For("docs/[...path].page").Segments, "/docs", out var values));
        Assert.Null(values["path"]);
    }

    [Fact]
    public void A_segment_that_is_one_parameter_takes_the_whole_segment_as_it_is()
    {
        Assert.True(RouteMatcher.TryMatch(Routes.For("blog/[slug].page").Segments, "/BLOG/Hello World.v2+(x)", out var values));
        Assert.Equal("Hello World.v2+(x)", values["slug"]);
        Assert.False(RouteMatcher.TryMatch(Routes.For("blog/[slug].page").Segments, "/blog", out _));
    }

    [Fact]
    public void Catch_all_takes_the_rest_of_the_path()
    {
        Assert.True(RouteMatcher.TryMatch(Routes.For("docs/[...path].page").Segments, "/docs/a/b", out var values));
        Assert.Equal("a/b", values["path"]);
    }

    private static readonly EquatableArray<RouteModel> RestSite = RouteTable.Build(Routes.For(
        "wiki/[...path]/edit.page", "wiki/[id]/edit.page", "wiki/main/edit.page", "wiki/[...path].page",
        "[lang]/docs/[...slug]/print.page", "files/[...path]/[name].v[n].page")).Routes;

    [Theory]
    [InlineData("/wiki/edit", "wiki/[...path]/edit.page", "path=")]
    [InlineData("/wiki/a/edit", "wiki/[id]/edit.page", "id=a")]
    [InlineData("/wiki/main/edit", "wiki/main/edit.page", "")]
    [InlineData("/wiki/a/b/edit", "wiki/[...path]/edit.page", "path=a/b")]
    [InlineData("/WIKI/a/b/EDIT/", "wiki/[...path]/edit.page", "path=a/b")]
    [InlineData("/wiki/a/b", "wiki/[...path].page", "path=a/b")]
    [InlineData("/wiki/a/edit/b", "wiki/[...path].page", "path=a/edit/b")]
    [InlineData("/en/docs/print", "[lang]/docs/[...slug]/print.page", "lang=en;slug=")]
    [InlineData("/en/docs/a/b/print", "[lang]/docs/[...slug]/print.page", "lang=en;slug=a/b")]
    [InlineData("/files/a/b/c.v2", "files/[...path]/[name].v[n].page", "n=2;name=c;path=a/b")]
    [InlineData("/files/c.v2", "files/[...path]/[name].v[n].page", "n=2;name=c;path=")]
    [InlineData("/en/docs/a/b", null, "")]
    [InlineData("/en/print", null, "")]
    [InlineData("/files/c", null, "")]
    public void Rest_folder_takes_what_the_segments_around_it_leave(string path, string? expected, string expectedValues)
    {
        var route = FirstMatch(RestSite, path);

        Assert.Equal(expected, route?.RoutePath);
        if (route is not null)
        {
            Assert.True(RouteMatcher.TryMatch(route.Segments, path, out var values));
            Assert.Equal(expectedValues, string.Join(";", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value)));
        }
    }

    [Fact]
    public void Index_beats_catch_all_at_the_same_prefix()
        => Assert.Equal("docs/index.page", FirstMatch(RouteTable.Build(Routes.For("docs/[...path].page", "docs/index.page")).Routes, "/docs")?.RoutePath);

    [Theory]
    [InlineData("blog/[slug].page", "/blog/hello")]
    [InlineData("blog/[slug].page", "/blog")]
    [InlineData("blog/[slug].page", "/blog/a/b")]
    [InlineData("post-[id].page", "/post-1")]
    [InlineData("post-[id].page", "/Post-1")]
    [InlineData("post-[id].page", "/post-")]
    [InlineData("[a]-[b].page", "/x-y-z")]
    [InlineData("[a].[b].page", "/1.2.3")]
    [InlineData("[a]-to-[b].page", "/a-to-b-to-c")]
    [InlineData("docs/[...path].page", "/docs")]
    [InlineData("docs/[...path].page", "/docs/a/b")]
    [InlineData("[...path].page", "/")]
    [InlineData("index.page", "/")]
    [InlineData("rss.xml.cs", "/RSS.xml")]
    [InlineData("a{b}.page", "/a{b}")]
    public void Matching_agrees_with_ASP_NET_Core(string routePath, string path)
    {
        var route = Routes.For(routePath);
        var aspNetValues = new RouteValueDictionary();
        var aspNetMatches = new TemplateMatcher(TemplateParser.Parse(route.Pattern), new RouteValueDictionary()).TryMatch(path, aspNetValues);

        var matches = RouteMatcher.TryMatch(route.Segments, path, out var values);

        Assert.Equal(aspNetMatches, matches);
        if (matches)
        {
            foreach (var (name, value) in values)
            {
                Assert.Equal(aspNetValues.TryGetValue(name, out var expected) ? expected?.ToString() : null, value);
            }
        }
    }

    // The first route of the table that matches the path: the route that serves it, as the runtime tries them; null is 404.
    private static RouteModel? FirstMatch(IEnumerable<RouteModel> orderedRoutes, string path)
        => orderedRoutes.FirstOrDefault(route => RouteMatcher.TryMatch(route.Segments, path, out _));
}
