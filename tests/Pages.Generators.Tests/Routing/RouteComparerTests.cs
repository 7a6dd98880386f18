using Pages.Generators.Routing;
using Xunit;

namespace Pages.Generators.Tests.Routing;

public class RouteComparerTests
{
    [Fact]
    public void Static_segment_beats_parameter()
        => Assert.Equal(new[] { "blog/new.page", "blog/[slug].page" }, Routes.Sorted("blog/[slug].page", "blog/new.page"));

    [Fact]
    public void Static_segment_beats_catch_all()
        => Assert.Equal(new[] { "docs/intro.page", "docs/[...path].page" }, Routes.Sorted("docs/[...path].page", "docs/intro.page"));

    [Fact]
    public void Mixed_segment_beats_bare_parameter()
        => Assert.Equal(new[] { "blog/post-[id].page", "blog/[slug].page" }, Routes.Sorted("blog/[slug].page", "blog/post-[id].page"));

    [Fact]
    public void Static_segment_beats_mixed_segment()
        => Assert.Equal(new[] { "post-1.page", "post-[id].page" }, Routes.Sorted("post-[id].page", "post-1.page"));

    [Fact]
    public void Parameter_beats_catch_all()
        => Assert.Equal(new[] { "docs/[page].page", "docs/[...path].page" }, Routes.Sorted("docs/[...path].page", "docs/[page].page"));

    [Fact]
    public void More_static_parts_beat_fewer()
        => Assert.Equal(new[] { "[a]-to-[b].page", "[a]-[b].page" }, Routes.Sorted("[a]-[b].page", "[a]-to-[b].page"));

    [Fact]
    public void More_static_characters_beat_fewer()
        => Assert.Equal(new[] { "post-[id].page", "p-[id].page" }, Routes.Sorted("p-[id].page", "post-[id].page"));

    [Fact]
    public void Segments_decide_left_to_right()
        => Assert.Equal(new[] { "x/[b].page", "[a]/y.page" }, Routes.Sorted("[a]/y.page", "x/[b].page"));

    [Fact]
    public void Unrelated_static_routes_are_ordered_by_text_ignoring_case()
        => Assert.Equal(new[] { "about.page", "Blog.page", "contact.page" }, Routes.Sorted("contact.page", "Blog.page", "about.page"));

    [Fact]
    public void Longer_route_beats_its_prefix()
        => Assert.Equal(new[] { "blog/[slug].page", "blog/index.page" }, Routes.Sorted("blog/index.page", "blog/[slug].page"));

    [Fact]
    public void Prefix_beats_the_same_route_with_only_a_catch_all_added()
        => Assert.Equal(new[] { "docs/index.page", "docs/[...path].page" }, Routes.Sorted("docs/[...path].page", "docs/index.page"));

    [Fact]
    public void Root_index_beats_root_catch_all()
        => Assert.Equal(new[] { "index.page", "[...path].page" }, Routes.Sorted("[...path].page", "index.page"));

    [Fact]
    public void Multi_level_index_pages_keep_their_catch_all_after_them()
        => Assert.Equal(
            new[] { "blog/index.page", "blog/[...slug].page", "index.page" },
            Routes.Sorted("index.page", "blog/[...slug].page", "blog/index.page"));

    [Fact]
    public void Same_shape_ties_are_ordered_by_route_path()
        => Assert.Equal(new[] { "blog/[id].page", "blog/[slug].page" }, Routes.Sorted("blog/[slug].page", "blog/[id].page"));

    [Fact]
    public void Page_and_endpoint_of_one_shape_tie_rather_than_being_ordered()
    {
        var endpoint = Routes.Endpoint("rss.xml.cs");
        var page = Routes.Page("rss.xml.page");
        Assert.Equal(0, RouteComparer.CompareShape(endpoint.Segments, page.Segments));
    }

    [Theory]
    [InlineData("blog/[slug].page", "blog/[id].page")]
    [InlineData("about.page", "about/index.page")]
    [InlineData("About.page", "about.page")]
    [InlineData("post-[id].page", "post-[slug].page")]
    [InlineData("docs/[...path].page", "docs/[...rest].page")]
    [InlineData("[...path]/edit.page", "[...slug]/Edit.page")]
    public void Shape_ignores_parameter_names_case_and_index(string x, string y)
        => Assert.Equal(0, RouteComparer.CompareShape(Routes.For(x).Segments, Routes.For(y).Segments));

    [Fact]
    public void Static_route_beats_a_rest_folder_followed_by_the_same_segment()
        => Assert.Equal(
            new[] { "docs/x/print.page", "docs/[...slug]/print.page" },
            Routes.Sorted("docs/[...slug]/print.page", "docs/x/print.page"));

    [Fact]
    public void Parameter_folder_beats_a_rest_folder_followed_by_the_same_segment()
        => Assert.Equal(
            new[] { "docs/[id]/print.page", "docs/[...slug]/print.page" },
            Routes.Sorted("docs/[...slug]/print.page", "docs/[id]/print.page"));

    [Fact]
    public void Rest_folder_with_a_suffix_comes_before_the_same_rest_at_the_end()
        => Assert.Equal(
            new[] { "docs/[...slug]/print.page", "docs/[...slug].page" },
            Routes.Sorted("docs/[...slug].page", "docs/[...slug]/print.page"));

    [Fact]
    public void Static_file_beats_a_rest_folder_that_could_be_empty()
        => Assert.Equal(new[] { "edit.page", "[...path]/edit.page" }, Routes.Sorted("[...path]/edit.page", "edit.page"));

    [Fact]
    public void Segments_before_a_rest_decide_first()
        => Assert.Equal(
            new[] { "en/[...path]/edit.page", "[lang]/[...path]/edit.page", "[...path]/edit.page" },
            Routes.Sorted("[...path]/edit.page", "[lang]/[...path]/edit.page", "en/[...path]/edit.page"));

    [Fact]
    public void Order_is_a_consistent_total_order()
    {
        var routes = Routes.For(
            "index.page", "about.page", "about/team.page", "blog/index.page", "blog/[slug].page", "blog/new.page",
            "blog/post-[id].page", "blog/[...slug].page", "blog/[slug]/comments.page", "docs/[...path].page",
            "[...path].page", "[lang]/index.page", "[lang]/docs.page", "[a]-[b].page", "[a]-to-[b].page",
            "p-[id].page", "post-[id].page", "rss.xml.cs", "api/[id].json.cs", "404.page", "blog/[id].page",
            "[...path]/edit.page", "docs/[...path]/print.page", "[lang]/[...path]/edit.page", "docs/[id]/print.page",
            "[...path]/[id]/edit.page", "edit.page");

        foreach (var x in routes)
        {
            Assert.Equal(0, RouteComparer.Instance.Compare(x, x));
            foreach (var y in routes)
            {
                Assert.Equal(Math.Sign(RouteComparer.Instance.Compare(x, y)), -Math.Sign(RouteComparer.Instance.Compare(y, x)));
                foreach (var z in routes)
                {
                    if (RouteComparer.Instance.Compare(x, y) < 0 && RouteComparer.Instance.Compare(y, z) < 0)
                    {
                        Assert.True(RouteComparer.Instance.Compare(x, z) < 0, $"{x.RoutePath} < {y.RoutePath} < {z.RoutePath}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Order_does_not_depend_on_input_order()
    {
        string[] paths = ["index.page", "blog/[slug].page", "blog/index.page", "docs/[...path].page", "about.page", "blog/new.page"];
        var expected = Routes.Sorted(paths);
        Assert.Equal(expected, Routes.Sorted(paths.Reverse().ToArray()));
        Assert.Equal(expected, Routes.Sorted(paths.OrderBy(p => p.Length).ToArray()));
    }
}
