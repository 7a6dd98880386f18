using System.Net;

namespace Pages.IntegrationTests;

/// <summary>SPEC §4 over real HTTP: file routes, priority, `_` exclusion, the 404 page, results from frontmatter.</summary>
public class RoutingTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task Index_page_answers_the_root()
    {
        var (status, body, response) = await GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Home</title></head>\n<body><h1>Home</h1></body>\n</html>\n", body);
    }

    [Theory]
    [InlineData("/about", "<h1>About</h1>\n")]
    [InlineData("/blog", "<h1>Blog index</h1>\n")]
    [InlineData("/blog/hello-world", "<h1>Post hello-world</h1>\n")]
    public async Task File_paths_map_to_routes(string path, string expected)
    {
        var (status, body, _) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Static_segment_beats_a_parameter()
    {
        var (_, body, _) = await GetAsync("/blog/new");
        Assert.Equal("<h1>New post form</h1>\n", body);
    }

    [Fact]
    public async Task Catch_all_matches_nested_paths()
    {
        var (status, body, _) = await GetAsync("/docs/guide/intro");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("<p>docs at guide/intro</p>\n", body);
    }

    [Fact]
    public async Task Catch_all_matches_its_bare_prefix_with_a_null_param()
    {
        var (status, body, _) = await GetAsync("/docs");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("<p>docs root</p>\n", body);
    }

    [Theory]
    [InlineData("/_hidden")]
    [InlineData("/hidden")]
    [InlineData("/_partials/fragment")]
    [InlineData("/no/such/page")]
    public async Task Unrouted_and_unknown_paths_get_the_404_page(string path)
    {
        var (status, body, _) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("<h1>Custom not found</h1>\n", body);
    }

    [Fact]
    public async Task The_404_page_answers_its_own_path_with_status_404()
    {
        var (status, body, _) = await GetAsync("/404");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("<h1>Custom not found</h1>\n", body);
    }

    [Fact]
    public async Task Frontmatter_return_Redirect_answers_with_its_status_and_location()
    {
        var (status, body, response) = await GetAsync("/redirect");
        Assert.Equal(HttpStatusCode.MovedPermanently, status);
        Assert.Equal("/about", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("unreachable", body);
    }

    [Fact]
    public async Task Frontmatter_return_NotFound_answers_404_with_the_404_page()
    {
        var (status, body, _) = await GetAsync("/missing?hide=1");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("<h1>Custom not found</h1>\n", body);
        var (okStatus, okBody, _) = await GetAsync("/missing");
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal("<p>visible</p>\n", okBody);
    }

    [Fact]
    public async Task Values_are_html_encoded_and_non_ascii_text_is_kept()
    {
        var (_, body, _) = await GetAsync("/encoded");
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot; 日本語 — ok", body);
        Assert.DoesNotContain("<script>", body);
        Assert.StartsWith("<p title=\"&lt;script&gt;", body);
    }

    [Fact]
    public async Task On_demand_page_sees_the_request_method_and_absolute_url()
    {
        var (_, body, _) = await GetAsync("/request?x=1");
        Assert.Contains("<p>Method: GET</p>", body);
        Assert.Contains($"<p>Url: {server.BaseAddress}request?x=1</p>", body);
    }
}
