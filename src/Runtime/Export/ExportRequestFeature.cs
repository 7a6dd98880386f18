using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// Rides along an exported request: the static path it renders (so the page gets that path's props without a
/// lookup) and the exception a page threw, which the page endpoint reports here before answering 500, so the
/// export can name it even when the 500 page or the developer exception page handled it.
/// </summary>
internal sealed class ExportRequestFeature
{
    public ExportRequestFeature(StaticPath? staticPath) => StaticPath = staticPath;

    /// <summary>
    /// The static path the request is for; <see langword="null"/> for a route without params, and after a rewrite
    /// (the target route finds its own path).
    /// </summary>
    public StaticPath? StaticPath { get; set; }

    /// <summary>The first exception a page threw while rendering this request.</summary>
    public Exception? Exception { get; private set; }

    /// <summary>Records <paramref name="exception"/> when <paramref name="context"/> is an exported request.</summary>
    public static void Observe(HttpContext context, Exception exception)
    {
        ExportRequestFeature? feature = context.Features.Get<ExportRequestFeature>();
        if (feature is not null)
        {
            feature.Exception ??= exception;
        }
    }
}
