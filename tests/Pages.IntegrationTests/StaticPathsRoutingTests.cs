using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Pages.IntegrationTests;

/// <summary>
/// A prerendered dynamic route served on demand (SPEC §4): it answers only the params its GetStaticPaths()
/// returned, each with that path's props; any other params get the 404 page. AppRouteTable lists its paths.
/// </summary>
public sealed class StaticPathsRoutingTests : IClassFixture<KestrelFixture>
{
    private readonly KestrelFixture _fixture;

    public StaticPathsRoutingTests(KestrelFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("/posts/1", "<h1>First (1)</h1>\n")]
    [InlineData("/posts/2", "<h1>Second (2)</h1>\n")]
    public async Task Static_path_renders_with_its_props(string url, string body)
    {
        using HttpResponseMessage response = await _fixture.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Params_outside_the_static_paths_get_the_404_page()
    {
        using HttpResponseMessage response = await _fixture.Client.GetAsync("/posts/3");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Custom not found</h1>\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AppRouteTable_lists_the_route_with_its_static_paths()
    {
        AppRouteTable routes = _fixture.Services.GetRequiredService<AppRouteTable>();
        RouteTableEntry posts = Assert.Single(routes.Routes, route => route.Pattern == "/posts/{id}");
        Assert.Equal(RouteTableEntryKind.Page, posts.Kind);
        Assert.True(posts.Prerender);
        Assert.True(posts.IsDynamic);
        Assert.Equal("Pages/posts/[id].page", posts.SourceFile);
        IReadOnlyList<StaticPath> paths = await posts.GetStaticPathsAsync();
        Assert.Equal(["1", "2"], paths.Select(path => path.Params["id"]));
        Assert.Equal(RouteTableEntryKind.ErrorPage, Assert.Single(routes.Routes, route => route.Pattern == "/404").Kind);
    }
}
