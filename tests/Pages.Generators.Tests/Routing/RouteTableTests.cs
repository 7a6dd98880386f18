using Pages.Generators.Model;
using Pages.Generators.Routing;
using Xunit;

namespace Pages.Generators.Tests.Routing;

public class RouteTableTests
{
    [Fact]
    public void Routes_are_sorted_by_the_comparer()
    {
        var table = RouteTable.Build(Routes.For("docs/[...path].page", "blog/[slug].page", "index.page", "blog/new.page", "blog/index.page"));

        Assert.Equal(
            new[] { "blog/new.page", "blog/[slug].page", "blog/index.page", "docs/[...path].page", "index.page" },
            table.Routes.Select(r => r.RoutePath));
        Assert.True(table.Diagnostics.IsEmpty);
    }

    [Fact]
    public void Index_route_and_parameter_route_of_a_folder_do_not_collide()
        => Assert.True(RouteTable.Build(Routes.For("blog/index.page", "blog/[slug].page")).Diagnostics.IsEmpty);

    [Fact]
    public void Bare_prefix_and_catch_all_do_not_collide()
        => Assert.True(RouteTable.Build(Routes.For("docs.page", "docs/[...path].page")).Diagnostics.IsEmpty);

    [Theory]
    [InlineData("blog/[id].page", "blog/[slug].page", "/blog/{id}")]
    [InlineData("about.page", "about/index.page", "/about")]
    [InlineData("rss.xml.cs", "rss.xml.page", "/rss.xml")]
    [InlineData("About.page", "about.page", "/About")]
    [InlineData("Index.page", "index.page", "/")]
    [InlineData("docs/[...path].page", "docs/[...rest].page", "/docs/{**path}")]
    [InlineData("[...path]/edit.page", "[...slug]/edit.page", "/{**path}/edit")]
    [InlineData("[lang]/[...path]/edit.page", "[lang]/[...path]/edit/index.page", "/{lang}/{**path}/edit")]
    public void Same_shape_is_ambiguous_and_reported_on_the_later_path(string first, string second, string pattern)
    {
        // Either input order gives the same table.
        foreach (var input in new[] { Routes.For(first, second), Routes.For(second, first) })
        {
            var table = RouteTable.Build(input);

            Assert.Equal(first, Assert.Single(table.Routes).RoutePath);
            var diagnostic = Assert.Single(table.Diagnostics);
            Assert.Equal(
                DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousRoute, "/app/Pages/" + second, new SourceSpan(0, 0, 1, 1, 1, 1), pattern, first, second),
                diagnostic);
        }
    }

    [Fact]
    public void Three_routes_of_one_shape_keep_the_first_and_report_the_other_two()
    {
        var table = RouteTable.Build(Routes.For("blog/[slug].page", "blog/[a].page", "blog/[id].page", "about.page"));

        Assert.Equal(new[] { "about.page", "blog/[a].page" }, table.Routes.Select(r => r.RoutePath));
        Assert.Equal(
            new[] { "blog/[a].page|blog/[id].page", "blog/[a].page|blog/[slug].page" },
            table.Diagnostics.Select(d => d.Arguments[1] + "|" + d.Arguments[2]));
    }

    [Fact]
    public void Ambiguous_route_diagnostic_reads_as_a_sentence()
    {
        var diagnostic = RouteTable.Build(Routes.For("blog/[id].page", "blog/[slug].page")).Diagnostics[0].ToDiagnostic();

        Assert.Equal("PAGE015", diagnostic.Id);
        Assert.Equal("The route '/blog/{id}' is defined by both 'blog/[id].page' and 'blog/[slug].page'", diagnostic.GetMessage());
        Assert.Equal("/app/Pages/blog/[slug].page", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Same_routes_give_an_equal_table()
        => Assert.Equal(
            RouteTable.Build(Routes.For("a.page", "b/[x].page", "b/[y].page")),
            RouteTable.Build(Routes.For("b/[y].page", "a.page", "b/[x].page")));

    [Fact]
    public void Invalid_route_diagnostic_names_the_path_and_reason()
    {
        Assert.False(RoutePathParser.TryParse("[a][b].page", out _, out _, out _, out var error));

        var diagnostic = RouteDiagnostics.InvalidRoute("/app/Pages/[a][b].page", "[a][b].page", error!).ToDiagnostic();

        Assert.Equal("PAGE021", diagnostic.Id);
        Assert.Equal("The page path '[a][b].page' is not a valid route: the parameters in '[a][b]' must be separated by text, as in '[a]-[b]'", diagnostic.GetMessage());
    }
}
