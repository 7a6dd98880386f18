using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pages;

/// <summary>The app-wide state every page render shares: options, encoder, site URL, error pages, logger.</summary>
internal sealed class PagesRuntime
{
    public PagesRuntime(PagesOptions options, bool isDevelopment, ILogger logger)
    {
        Options = options;
        Encoder = options.HtmlEncoder;
        IsDevelopment = isDevelopment;
        Logger = logger;
        Site = ParseSite(options.Site);
        TrailingSlash = options.TrailingSlash;
        PagesHotReload.Track(Prerendered);
    }

    public PagesOptions Options { get; }

    public HtmlEncoder Encoder { get; }

    public Uri? Site { get; }

    /// <summary>The trailing-slash policy, read once (the options resolved it from the build when it was unset).</summary>
    public TrailingSlash TrailingSlash { get; }

    /// <summary>Whether the app runs in the Development environment (errors are rethrown to the developer exception page).</summary>
    public bool IsDevelopment { get; }

    public ILogger Logger { get; }

    /// <summary>
    /// Where serving a request differs by who sent it: <see cref="ClientRequestHooks"/>, or the static exporter's own
    /// when the app runs as <c>dotnet run -- build</c> (set before the first request).
    /// </summary>
    public IRequestHooks RequestHooks { get; set; } = ClientRequestHooks.Instance;

    /// <summary>The app's <c>404.page</c>, set by <c>MapPages()</c>.</summary>
    public PageEndpoint? NotFoundPage { get; set; }

    /// <summary>The app's <c>500.page</c>, set by <c>MapPages()</c>.</summary>
    public PageEndpoint? ServerErrorPage { get; set; }

    /// <summary>Prerendered routes answered on demand: exported files and pages rendered once.</summary>
    public PrerenderedResponses Prerendered { get; } = new();

    /// <summary>Answers 404 with the 404 page body, or an empty body when the app has none.</summary>
    public Task WriteNotFoundAsync(HttpContext context)
    {
        if (NotFoundPage is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return NotFoundPage.HandleAsync(context, StatusCodes.Status404NotFound);
    }

    private static Uri? ParseSite(string? site)
    {
        if (site is null)
        {
            return null;
        }

        if (!Uri.TryCreate(site, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException(
                $"PagesOptions.Site must be an absolute http or https URL such as \"https://example.com\"; got \"{site}\".");
        }

        return uri;
    }
}
