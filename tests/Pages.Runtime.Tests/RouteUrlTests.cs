using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Pages.Tests;

/// <summary>
/// The encoding behind the generated <c>Routes</c> helpers: a value built into a URL by <see cref="RouteUrl"/> comes
/// back as the same route value from ASP.NET Core routing on real Kestrel.
/// </summary>
public class RouteUrlTests
{
    [Theory]
    [InlineData("hello", "hello")]
    [InlineData("a b", "a%20b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("100%", "100%25")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("日本", "%E6%97%A5%E6%9C%AC")]
    [InlineData("a?b#c&d", "a%3Fb%23c%26d")]
    [InlineData("..a", "..a")]
    public void Segment_encodes_a_value_as_one_path_segment(string value, string encoded)
        => Assert.Equal(encoded, RouteUrl.Segment(value, "slug"));

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    public void Segment_refuses_a_value_no_url_can_carry(string value)
        => Assert.Throws<ArgumentException>(() => RouteUrl.Segment(value, "slug"));

    [Theory]
    [InlineData("/docs", null, false, "/docs")]
    [InlineData("/docs", "", true, "/docs/")]
    [InlineData("", null, false, "/")]
    [InlineData("", null, true, "/")]
    [InlineData("/docs", "a b/c%d/ü", false, "/docs/a%20b/c%25d/%C3%BC")]
    [InlineData("/docs", "guide/intro", true, "/docs/guide/intro/")]
    public void Rest_keeps_the_slashes_of_its_value_and_encodes_each_piece(string prefix, string? value, bool trailingSlash, string url)
        => Assert.Equal(url, RouteUrl.Rest(prefix, value, "path", trailingSlash));

    [Theory]
    [InlineData("a/../b")]
    [InlineData("./a")]
    [InlineData("a/..")]
    public void Rest_refuses_a_dot_segment(string value)
        => Assert.Throws<ArgumentException>(() => RouteUrl.Rest("/docs", value, "path"));

    [Fact]
    public void PathTo_puts_the_route_under_the_request_s_path_base()
    {
        var context = new DefaultHttpContext();
        Assert.Equal("/about", context.Request.PathTo("/about"));
        context.Request.PathBase = "/my app";
        Assert.Equal("/my%20app/about", context.Request.PathTo("/about"));
    }

    [Fact]
    public async Task Routing_on_Kestrel_reads_back_each_value_that_Segment_and_Rest_encoded()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/blog/{slug}", (string slug) => "slug:" + slug);
        app.MapGet("/docs/{**path}", (HttpContext context) => "path:" + context.Request.RouteValues["path"]);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        foreach (string slug in new[] { "hello", "a b", "100%", "café", "日本", "a?b#c&d", "+x=y;z" })
        {
            Assert.Equal("slug:" + slug, await client.GetStringAsync("/blog/" + RouteUrl.Segment(slug, "slug")));
        }

        // Kestrel keeps an encoded '/' encoded: the value stays in its segment (the route matches), as '%2F'.
        Assert.Equal("slug:a%2Fb", await client.GetStringAsync("/blog/" + RouteUrl.Segment("a/b", "slug")));

        foreach (string path in new[] { "guide/intro", "a b/ü/100%" })
        {
            Assert.Equal("path:" + path, await client.GetStringAsync(RouteUrl.Rest("/docs", path, "path")));
        }

        await app.StopAsync();
    }
}
