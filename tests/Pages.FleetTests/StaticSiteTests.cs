using System.Net;
using Pages.FleetTests.Infrastructure;

namespace Pages.FleetTests;

/// <summary>
/// nginx serves the exported <c>dist/</c>: alone, as a static host (clean URLs, the 404 page, content types), and in
/// front of the fleet, where prerendered routes come from disk and the rest from the instances.
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class StaticSiteTests(Fleet fleet) : IClassFixture<Fleet>
{
    [Theory]
    [InlineData("/", "text/html", "<h1>Pages on a fleet</h1>")]
    [InlineData("/about", "text/html", "<h1>About the fleet</h1>")]
    [InlineData("/about/", "text/html", "<h1>About the fleet</h1>")]
    [InlineData("/site.css", "text/css", "font-family")]
    [InlineData("/api/pages.json", "application/json", "\"pages\"")]
    public async Task Static_host_serves_dist_with_clean_urls_and_content_types(string path, string contentType, string content)
    {
        fleet.EnsureStarted();
        using var client = new HttpClient { BaseAddress = fleet.StaticUri };
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_host_answers_an_unknown_url_with_the_exported_404_page()
    {
        fleet.EnsureStarted();
        using var client = new HttpClient { BaseAddress = fleet.StaticUri };
        using var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet_serves_prerendered_routes_from_dist_and_on_demand_pages_from_the_instances()
    {
        fleet.EnsureStarted();
        using var client = new HttpClient { BaseAddress = fleet.FleetUri };

        using var about = await client.GetAsync("/about");
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        Assert.Equal("dist", Header(about, "X-Pages-Source"));

        using var form = await client.GetAsync("/form");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Null(Header(form, "X-Pages-Source"));
        Assert.Matches("<span id=\"instance\">app[12]</span>", await form.Content.ReadAsStringAsync());

        // An unknown URL goes to an instance, which answers with the app's 404 page.
        using var missing = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
