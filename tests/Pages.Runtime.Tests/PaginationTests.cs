namespace Pages.Runtime.Tests;

/// <summary><see cref="Pagination"/> as data: page boundaries, URLs, route values, and the numbers it accepts back.</summary>
public class PaginationTests
{
    private sealed record Props(Pagination<int> Page);

    [Fact]
    public void Twenty_three_items_of_ten_make_three_pages_with_their_neighbours()
    {
        List<StaticPath<Props>> paths = [.. Pagination.Paginate(Enumerable.Range(1, 23), 10, "/list", page => new Props(page))];

        Assert.Equal(["1", "2", "3"], paths.Select(p => p.Params["page"]));
        Pagination<int> first = paths[0].Props.Page;
        Pagination<int> last = paths[2].Props.Page;
        Assert.Equal((0, 9, 10, 23, 1, 3), (first.Start, first.End, first.Size, first.Total, first.CurrentPage, first.LastPage));
        Assert.Equal(new PaginationUrls("/list/1", null, "/list/2", null, "/list/3"), first.Url);
        Assert.Equal(new PaginationUrls("/list/2", "/list/1", "/list/3", "/list/1", "/list/3"), paths[1].Props.Page.Url);
        Assert.Equal((20, 22, 3), (last.Start, last.End, last.CurrentPage));
        Assert.Equal([21, 22, 23], last.Data);
        Assert.Equal(new PaginationUrls("/list/3", "/list/2", null, "/list/1", null), last.Url);
    }

    [Fact]
    public void A_rest_parameter_puts_page_one_at_the_base_url_with_an_empty_value()
    {
        List<StaticPath<Props>> paths = [.. Pagination.Paginate(Enumerable.Range(1, 23), 10, "/blog", page => new Props(page), firstPageAtBaseUrl: true, pagePrefix: "page/")];

        Assert.Equal(["", "page/2", "page/3"], paths.Select(p => p.Params["page"]));
        Assert.Equal(new PaginationUrls("/blog/page/2", "/blog", "/blog/page/3", "/blog", "/blog/page/3"), paths[1].Props.Page.Url);
    }

    [Fact]
    public void Other_route_params_are_kept_on_every_page()
    {
        var tag = new Dictionary<string, string> { ["tag"] = "dotnet" };
        List<StaticPath<Props>> paths = [.. Pagination.Paginate(Enumerable.Range(1, 3), 2, "/tags/dotnet", page => new Props(page), param: "n", @params: tag)];

        Assert.All(paths, path => Assert.Equal("dotnet", path.Params["tag"]));
        Assert.Equal(["1", "2"], paths.Select(p => p.Params["n"]));
    }

    [Fact]
    public void An_empty_list_has_one_empty_page()
    {
        StaticPath<Props> only = Assert.Single(Pagination.Paginate(Array.Empty<int>(), 10, "", page => new Props(page), firstPageAtBaseUrl: true));
        Assert.Equal("", only.Params["page"]);
        Assert.Equal((0, -1, 1, 1), (only.Props.Page.Total, only.Props.Page.End, only.Props.Page.CurrentPage, only.Props.Page.LastPage));
        Assert.Equal("/", only.Props.Page.Url.Current);
    }

    [Theory]
    [InlineData("", false, "", null)]
    [InlineData("2", false, "", 2)]
    [InlineData("01", false, "", null)]
    [InlineData("-1", false, "", null)]
    [InlineData("4", false, "", null)]
    [InlineData(null, true, "", 1)]
    [InlineData("1", true, "", null)]
    [InlineData("page/3", true, "page/", 3)]
    [InlineData("3", true, "page/", null)]
    public void ForPage_accepts_exactly_the_values_Paginate_writes(string? value, bool firstPageAtBaseUrl, string prefix, int? expected)
    {
        Pagination<int>? page = Pagination.ForPage(Enumerable.Range(1, 23), 10, value, "/x", firstPageAtBaseUrl, prefix);
        Assert.Equal(expected, page?.CurrentPage);
    }

    [Fact]
    public void A_page_size_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Pagination.ForPage([1], 0, "1", "/x"));
    }
}
