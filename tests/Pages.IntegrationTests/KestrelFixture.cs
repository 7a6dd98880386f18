using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pages.IntegrationTests;

/// <summary>
/// This project's own pages (compiled by the real generator) served by real Kestrel on a loopback port,
/// once for the whole test class.
/// </summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's services (for <c>AppRouteTable</c>, <c>PageRenderer</c>).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The app's content root: a fresh folder whose <c>dist/</c> holds one exported page and one exported endpoint file.</summary>
    public string ContentRoot { get; } = Directory.CreateTempSubdirectory("pages-it-").FullName;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(ContentRoot, "dist", "exported"));
        await File.WriteAllTextAsync(Path.Combine(ContentRoot, "dist", "exported", "index.html"), "<p>served from the export</p>\n");
        Directory.CreateDirectory(Path.Combine(ContentRoot, "dist", "api", "feeds"));
        await File.WriteAllTextAsync(Path.Combine(ContentRoot, "dist", "api", "feeds", "news.xml"), "<feed>exported</feed>\n");

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = ContentRoot });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPages();
        builder.Services.AddAntiforgery();
        _app = builder.Build();

        // The analogue of Astro middleware: per-request values for pages and endpoints through Locals.
        _app.Use((context, next) =>
        {
            context.Items["user"] = context.Request.Headers["X-User"].FirstOrDefault() ?? "ada";
            return next(context);
        });
        _app.MapPages();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(ContentRoot, recursive: true);
    }
}
