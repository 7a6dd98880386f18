using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pages.HybridTests;

/// <summary>One build of the hybrid site (its manifest only) on real Kestrel, on a loopback port.</summary>
public sealed class HybridApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HybridApp(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<HybridApp> StartAsync(PagesManifest manifest)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory, // no dist/ here: prerendered pages render once and are kept
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages();
        var app = builder.Build();
        app.MapPages([manifest]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HybridApp(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
