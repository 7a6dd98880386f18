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
/// ASP.NET Core's output cache applied to all pages with the convention builder (<c>MapPages().CacheOutput()</c>):
/// the middleware wraps the response body, so it sees a streamed page's bytes only if the page hands them on
/// (the runtime completes the response); the cached copy is then served whole.
/// </summary>
public sealed class OutputCacheTests
{
    [Fact]
    public async Task Streamed_page_is_cached_whole_and_served_from_the_cache()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var path = $"/request?run={Guid.NewGuid():N}";

        using var first = await client.GetAsync(path);
        var firstBody = await first.Content.ReadAsStringAsync();
        using var second = await client.GetAsync(path);
        var secondBody = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal($"<p>Method: GET</p>\n<p>Url: {new Uri(app.BaseAddress, path)}</p>\n", firstBody);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, secondBody);
        // Age is set only on an answer from the cache.
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
    }

    private static async Task<RunningApp> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages();
        builder.Services.AddOutputCache();
        var app = builder.Build();
        app.UseOutputCache();
        app.MapPages().CacheOutput();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RunningApp(app, new Uri(address));
    }

    private sealed record RunningApp(WebApplication App, Uri BaseAddress) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
