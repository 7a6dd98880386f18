using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Pages.IntegrationTests;

/// <summary>
/// Rest parameters anywhere, as Astro routes them (docs/routing.md#rest-parameters), over real HTTP: a rest folder
/// followed by more segments, a parameter before it and a mixed segment after it, an empty rest value, priority against
/// static and <c>[param]</c> folders, a prerendered rest folder's static paths, rewrites, and the typed links.
/// </summary>
public sealed class RestRoutingTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using HttpResponseMessage response = await server.Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/wiki/a/b/edit", "<p>edit a/b</p>\n")]
    [InlineData("/wiki/a/b/c/edit/", "<p>edit a/b/c</p>\n")]
    [InlineData("/WIKI/A/B/EDIT", "<p>edit A/B</p>\n")]
    [InlineData("/wiki/a%20b/c/edit", "<p>edit a b/c</p>\n")]
    [InlineData("/i18n/en/a/b/v-2", "<p>en | a/b | 2</p>\n")]
    [InlineData("/i18n/en/v-2", "<p>en | (none) | 2</p>\n")]
    public async Task Rest_folder_takes_the_segments_between_the_route_parts_around_it(string path, string expected)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Empty_rest_value_matches_and_reads_as_null()
        => Assert.Equal((HttpStatusCode.OK, "<p>edit, no path</p>\n"), await GetAsync("/wiki/edit"));

    [Fact]
    public async Task Parameter_folder_beats_the_rest_folder_for_one_segment()
        => Assert.Equal((HttpStatusCode.OK, "<p>edit one a</p>\n"), await GetAsync("/wiki/a/edit"));

    [Fact]
    public async Task Static_folder_beats_parameter_and_rest_folders()
        => Assert.Equal((HttpStatusCode.OK, "<p>edit main</p>\n"), await GetAsync("/wiki/main/edit"));

    [Theory]
    [InlineData("/wiki/a/b/edit/more")]
    [InlineData("/wiki/a/b")]
    [InlineData("/i18n/en/a/b")]
    [InlineData("/i18n/en")]
    [InlineData("/i18n/en/a/x-2")]
    public async Task Path_that_does_not_end_as_the_route_gets_the_404_page(string path)
        => Assert.Equal((HttpStatusCode.NotFound, "<h1>Custom not found</h1>\n"), await GetAsync(path));

    [Theory]
    [InlineData("/shelf/a/b/print", "<p>print a/b</p>\n")]
    [InlineData("/shelf/print", "<p>print (all)</p>\n")]
    public async Task Prerendered_rest_folder_answers_its_static_paths_the_empty_one_included(string path, string expected)
        => Assert.Equal((HttpStatusCode.OK, expected), await GetAsync(path));

    [Fact]
    public async Task Prerendered_rest_folder_refuses_a_path_outside_its_static_paths()
        => Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/shelf/c/print")).Status);

    [Fact]
    public async Task Rewrite_to_a_rest_folder_route_renders_it_with_its_values()
        => Assert.Equal((HttpStatusCode.OK, "<p>edit x/y</p>\n"), await GetAsync("/rewrite/to-wiki"));

    [Theory]
    [InlineData("/api/tree/a/b/size", "size of a/b")]
    [InlineData("/api/tree/size", "size of (root)")]
    public async Task Endpoint_with_a_rest_folder_is_routed_like_a_page(string path, string expected)
        => Assert.Equal((HttpStatusCode.OK, expected), await GetAsync(path));

    [Fact]
    public async Task Typed_links_build_urls_the_routes_match()
    {
        Assert.Equal("/wiki/a/b/edit", Routes.Wiki.Path.Edit("a/b"));
        Assert.Equal("/wiki/edit", Routes.Wiki.Path.Edit(null));
        Assert.Equal("/i18n/fr/x%20y/v-3", Routes.I18n.Lang.Path.VN("fr", "x y", "3"));
        Assert.Equal("/shelf/print", Routes.Shelf.Path.Print(""));

        Assert.Equal("<p>edit a/b</p>\n", (await GetAsync(Routes.Wiki.Path.Edit("a/b"))).Body);
        Assert.Equal("<p>fr | x y | 3</p>\n", (await GetAsync(Routes.I18n.Lang.Path.VN("fr", "x y", "3"))).Body);
    }

    [Fact]
    public async Task AppRouteTable_lists_rest_folder_routes_after_the_static_and_parameter_folders()
    {
        AppRouteTable routes = server.Services.GetRequiredService<AppRouteTable>();
        Assert.Equal(
            ["/wiki/main/edit", "/wiki/{id}/edit", "/wiki/{**path}/edit"],
            routes.Routes.Select(route => route.Pattern).Where(pattern => pattern.StartsWith("/wiki/", StringComparison.Ordinal)));

        RouteTableEntry shelf = Assert.Single(routes.Routes, route => route.Pattern == "/shelf/{**path}/print");
        Assert.True(shelf.IsDynamic);
        Assert.Equal(["a/b", ""], (await shelf.GetStaticPathsAsync()).Select(path => path.Params["path"]));
    }
}
