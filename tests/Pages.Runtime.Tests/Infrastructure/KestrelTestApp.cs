using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pages.Tests.Infrastructure;

/// <summary>A real Kestrel app on a loopback port serving the routes a test registers.</summary>
internal sealed class KestrelTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelTestApp(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<KestrelTestApp> StartAsync(
        Action<RouteRegistrations> register,
        Action<PagesOptions>? configure = null,
        string environment = "Production",
        Action<WebApplication>? beforeMapPages = null,
        Action<IEndpointConventionBuilder>? conventions = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddPages(configure);
        WebApplication app = builder.Build();
        beforeMapPages?.Invoke(app);
        IEndpointConventionBuilder pages = app.MapPages([new TestManifest(register)]);
        conventions?.Invoke(pages);
        await app.StartAsync();

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelTestApp(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
