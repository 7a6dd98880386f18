using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pages.BrowserTests;

/// <summary>
/// The sample site exported to a temporary <c>dist/</c> and served by a plain static file server (Kestrel with
/// <c>UseDefaultFiles</c> and <c>UseStaticFiles</c>, as any static host serves it: <c>/blog</c> redirects to
/// <c>/blog/</c>, which serves <c>blog/index.html</c>), next to the same app running as a server, for comparison.
/// </summary>
public sealed class ExportedSiteFixture : IAsyncLifetime
{
    private readonly string _dist = Path.Combine(Path.GetTempPath(), "pages-browser-dist-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _static;
    private Process? _server;

    /// <summary>The static file server over the exported folder.</summary>
    public Uri Static { get; private set; } = null!;

    /// <summary>The sample app serving the same routes (prerendered ones rendered once and kept, with an ETag).</summary>
    public Uri Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The export and the server's start are independent processes: run them side by side.
        Task export = SampleSite.ExportAsync(_dist);
        Task<(Process Process, Uri Address)> serve = SampleSite.ServeAsync();
        await export;
        (_server, Server) = await serve;

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = _dist });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _static = builder.Build();
        var files = new PhysicalFileProvider(_dist);
        _static.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _static.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await _static.StartAsync();
        Static = new Uri(_static.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_static is not null)
        {
            await _static.DisposeAsync();
        }

        if (_server is not null)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
            _server.Dispose();
        }

        if (Directory.Exists(_dist))
        {
            Directory.Delete(_dist, recursive: true);
        }
    }
}
