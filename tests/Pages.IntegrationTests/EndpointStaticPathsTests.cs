using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Pages.IntegrationTests;

/// <summary>
/// A prerendered dynamic endpoint on demand (SPEC §4, §5): its exported file answers with the content type of its
/// extension; without one, the handler runs with the static path's props; params outside its static paths get a
/// bare 404. AppRouteTable lists it, so the export writes it.
/// </summary>
public sealed class EndpointStaticPathsTests(KestrelFixture fixture) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Static_path_without_an_exported_file_runs_the_handler_with_its_props()
    {
        using HttpResponseMessage response = await fixture.Client.GetAsync("/api/feeds/releases.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<feed><title>Releases</title><name>releases</name></feed>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exported_file_answers_with_the_content_type_of_its_extension()
    {
        using HttpResponseMessage response = await fixture.Client.GetAsync("/api/feeds/news.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<feed>exported</feed>\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Params_outside_the_static_paths_get_a_404_without_a_body()
    {
        using HttpResponseMessage response = await fixture.Client.GetAsync("/api/feeds/other.xml");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AppRouteTable_lists_the_endpoint_with_its_static_paths()
    {
        AppRouteTable routes = fixture.Services.GetRequiredService<AppRouteTable>();
        RouteTableEntry feed = Assert.Single(routes.Routes, route => route.Pattern == "/api/feeds/{name}.xml");
        Assert.Equal(RouteTableEntryKind.Endpoint, feed.Kind);
        Assert.True(feed.Prerender);
        Assert.Equal("Pages/api/feeds/[name].xml.cs", feed.SourceFile);
        Assert.Equal(["news", "releases"], (await feed.GetStaticPathsAsync()).Select(path => path.Params["name"]));
        Assert.False(Assert.Single(routes.Routes, route => route.Pattern == "/api/items.json").Prerender);
    }
}
