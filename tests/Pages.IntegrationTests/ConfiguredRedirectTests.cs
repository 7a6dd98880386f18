using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pages.IntegrationTests;

/// <summary>
/// <c>AddPages(o =&gt; o.Redirects.Add(...))</c> on real Kestrel: real redirects with their status and <c>Location</c>,
/// parameters carried over, and Astro's priority against this project's pages.
/// </summary>
public sealed class ConfiguredRedirectTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages(o => o.Redirects
            .Add("/old-about", "/about", 301)
            .Add("/news/[slug]", "/articles/[slug]", 308)
            .Add("/blog/[id]/comments", "/posts/[id]")
            .Add("/manual/[...path]", "/docs/[...path]", 302)
            .Add("/[section]/feed", "https://feeds.example.org/[section].xml", 307)
            .Add("/blog/[slug]/[...rest]", "/blog/[slug]")
            .Add("/old-wiki/[...path]/edit", "/wiki/[...path]/edit", 302));
        _app = builder.Build();
        _app.MapPages();
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/old-about", HttpStatusCode.MovedPermanently, "/about")]
    [InlineData("/news/hello", HttpStatusCode.PermanentRedirect, "/articles/hello")]
    [InlineData("/news/h%C3%A9llo%20w", HttpStatusCode.PermanentRedirect, "/articles/h%C3%A9llo%20w")]
    [InlineData("/blog/42/comments", HttpStatusCode.MovedPermanently, "/posts/42")]
    [InlineData("/manual/guide/intro", HttpStatusCode.Found, "/docs/guide/intro")]
    [InlineData("/manual", HttpStatusCode.Found, "/docs")]
    [InlineData("/tech/feed", HttpStatusCode.TemporaryRedirect, "https://feeds.example.org/tech.xml")]
    [InlineData("/old-wiki/a/b/edit", HttpStatusCode.Found, "/wiki/a/b/edit")]
    [InlineData("/old-wiki/edit", HttpStatusCode.Found, "/wiki/edit")]
    [InlineData("/old-wiki/a/b/history", HttpStatusCode.NotFound, null)]
    public async Task Redirect_answers_its_status_and_location_with_the_parameters(string url, HttpStatusCode status, string? location)
    {
        using HttpResponseMessage response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_method_is_redirected()
    {
        using HttpResponseMessage response = await _client.PostAsync("/news/hello", new StringContent(""));
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/articles/hello", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_static_page_beats_a_redirect_with_a_parameter_at_that_segment()
    {
        // blog/new.page is static; the redirect /blog/[slug]/[...rest] only adds a rest to [slug] pages' shape.
        using HttpResponseMessage page = await _client.GetAsync("/blog/new");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // blog/[slug].page beats the redirect that only adds [...rest] to its route, as docs/index beats docs/[...path].
        using HttpResponseMessage slug = await _client.GetAsync("/blog/hello");
        Assert.Equal(HttpStatusCode.OK, slug.StatusCode);
        using HttpResponseMessage deeper = await _client.GetAsync("/blog/hello/x/y");
        Assert.Equal(HttpStatusCode.MovedPermanently, deeper.StatusCode);
        Assert.Equal("/blog/hello", deeper.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_static_redirect_segment_beats_a_page_parameter()
    {
        // /blog/[id]/comments: blog/[slug].page has only two segments, so the three-segment URL reaches the redirect
        // and not the catch-all of the 404 fallback.
        using HttpResponseMessage response = await _client.GetAsync("/blog/7/comments");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public void Redirects_are_in_the_route_table_at_their_priority()
    {
        List<RouteTableEntry> routes = [.. _app!.Services.GetRequiredService<AppRouteTable>().Routes];
        int Index(string pattern) => routes.FindIndex(r => r.Pattern == pattern);

        RouteTableEntry news = routes.Single(r => r.Pattern == "/news/{slug}");
        Assert.Equal(RouteTableEntryKind.Redirect, news.Kind);
        Assert.Equal("redirect /news/[slug] → /articles/[slug]", news.SourceFile);

        // The redirect /blog/{id}/comments (static third segment) comes before /blog/{slug}/{**rest}, which comes after
        // /blog/{slug} (a route that only adds a catch-all follows its prefix).
        Assert.True(Index("/blog/{id}/comments") < Index("/blog/{slug}/{**rest}"));
        Assert.True(Index("/blog/{slug}") < Index("/blog/{slug}/{**rest}"));
        Assert.True(Index("/blog/new") < Index("/blog/{slug}"));
    }

    [Fact]
    public async Task A_redirect_that_matches_a_page_url_is_refused_at_startup()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages(o => o.Redirects.Add("/articles/[id]", "/about"));
        await using WebApplication app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapPages());
        Assert.Contains("redirect /articles/[id] → /about matches the same URLs as", error.Message, StringComparison.Ordinal);
        Assert.Contains("articles/[slug].page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_with_the_shape_of_a_rest_folder_page_is_refused_at_startup()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages(o => o.Redirects.Add("/wiki/[...x]/edit", "/about"));
        await using WebApplication app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapPages());
        Assert.Contains("wiki/[...path]/edit.page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_with_two_rest_parameters_is_refused_when_added()
    {
        var error = Assert.Throws<ArgumentException>(() => new PagesOptions().Redirects.Add("/a/[...x]/b/[...y]", "/c"));
        Assert.Contains("only one rest parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_parameter_the_source_lacks_is_refused_when_added()
    {
        var error = Assert.Throws<ArgumentException>(() => new PagesOptions().Redirects.Add("/a/[x]", "/b/[y]"));
        Assert.Contains("uses [y], which its source \"/a/[x]\" does not have", error.Message, StringComparison.Ordinal);
    }
}
