using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// The request hooks while the app runs as the static exporter: every request is the export's own and carries an
/// <see cref="ExportRequestFeature"/>. Each route is requested in the form its file is written for, so no
/// trailing-slash redirect; prerendered routes always render, since the export must never answer from the folder
/// it writes, nor from pages kept in memory.
/// </summary>
internal sealed class ExportRequestHooks : IRequestHooks
{
    public static readonly ExportRequestHooks Instance = new();

    private ExportRequestHooks()
    {
    }

    public bool RedirectsToTrailingSlashForm => false;

    public bool ServesPrerenderedAnswers => false;

    public StaticPath? StaticPathOf(HttpContext context) => context.Features.Get<ExportRequestFeature>()?.StaticPath;

    public void Rewritten(HttpContext context)
    {
        if (context.Features.Get<ExportRequestFeature>() is { } export)
        {
            export.StaticPath = null;
        }
    }

    public void Failed(HttpContext context, Exception exception) => ExportRequestFeature.Observe(context, exception);
}
