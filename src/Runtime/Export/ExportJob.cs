using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>One file the export renders: a route, the static path it renders (if any), the URL it requests and the file it writes.</summary>
/// <param name="Route">The route.</param>
/// <param name="StaticPath">The static path; <see langword="null"/> for a route without params.</param>
/// <param name="Path">The decoded URL path, in the form the trailing-slash setting gives.</param>
/// <param name="File">The file, relative to the output folder, with <c>/</c> separators.</param>
/// <param name="ErrorStatus">404 or 500 for an error page (its expected status), else <see langword="null"/>.</param>
/// <param name="Endpoint">An endpoint chosen in advance (the 500 page has no URL).</param>
/// <param name="PathInputs">What the route's <c>GetStaticPaths()</c> read through the content API (its props may carry
/// it into the page); <see langword="null"/> for a route without one.</param>
internal sealed record ExportJob(RouteTableEntry Route, StaticPath? StaticPath, string Path, string File, int? ErrorStatus, Endpoint? Endpoint = null, RenderInputRecorder? PathInputs = null)
{
    /// <summary>How messages name the job: <c>Pages/about.page (/about)</c>, <c>Pages/blog/[slug].page (/blog/{slug} → /blog/hello)</c>.</summary>
    public override string ToString() => Route.IsDynamic ? $"{Route.SourceFile} ({Route.Pattern} → {Path})" : $"{Route.SourceFile} ({Path})";
}
