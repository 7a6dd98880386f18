using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// The points where serving a request differs when the app itself sent it rather than a client (the static export
/// sends every prerendered route through the app's own pipeline). Pages, endpoints and rewrites call these through
/// <see cref="PagesRuntime.RequestHooks"/> and know nothing of who sent the request; for a client's request they are
/// <see cref="ClientRequestHooks"/>, which change nothing.
/// </summary>
internal interface IRequestHooks
{
    /// <summary>Whether a page answers a path in the wrong trailing-slash form with a redirect to the right one.</summary>
    bool RedirectsToTrailingSlashForm { get; }

    /// <summary>Whether a prerendered route may answer from its exported file or from its answer kept in memory.</summary>
    bool ServesPrerenderedAnswers { get; }

    /// <summary>The static path the sender chose for this request; <see langword="null"/>: the route looks it up from its route values.</summary>
    StaticPath? StaticPathOf(HttpContext context);

    /// <summary>A rewrite moved the request to another route, which looks up its own static path.</summary>
    void Rewritten(HttpContext context);

    /// <summary>A page or endpoint threw while serving the request (reported before a 500 page or an exception handler answers).</summary>
    void Failed(HttpContext context, Exception exception);
}
