using System.Collections.Generic;
using System.Linq;
using Pages.Generators.Endpoints;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// The one place a route is built from a file under the pages root, for a page and for an <c>[Endpoint]</c> class
/// alike: the path parsed into segments and a pattern (an invalid path is PAGE021 at the file), and what the
/// manifest needs to register it, an endpoint's handlers included.
/// </summary>
internal static class RouteModelBuilder
{
    /// <param name="routePath">The path under the pages root (<c>blog/[slug].page</c>, <c>api/items.json.cs</c>).</param>
    /// <returns>The route, or <see langword="null"/> when the path is not a valid route (reported in <paramref name="diagnostics"/>).</returns>
    public static RouteModel? Build(
        string filePath,
        string projectPath,
        string routePath,
        RouteKind kind,
        string typeName,
        bool prerender,
        bool? buffer,
        bool hasStaticPaths,
        bool antiforgery,
        EquatableArray<EndpointHandlerModel> handlers,
        List<DiagnosticInfo> diagnostics)
    {
        if (!RoutePathParser.TryParse(routePath, out var segments, out var pattern, out var errorStatus, out var error))
        {
            diagnostics.Add(RouteDiagnostics.InvalidRoute(filePath, routePath, error ?? "invalid route"));
            return null;
        }
        return new RouteModel(filePath, routePath, pattern, segments, kind, kind == RouteKind.Endpoint ? 0 : errorStatus, typeName,
            prerender, buffer, hasStaticPaths, projectPath, antiforgery, handlers);
    }

    /// <summary>
    /// As in Astro: a prerendered route with parameters must say which pages or files to write (PAGE023 for a page,
    /// PAGE034 for an endpoint, each reported by its builder where it belongs).
    /// </summary>
    public static bool MissesStaticPaths(RouteModel route)
        => route.Prerender && route.ErrorStatus == 0 && !route.HasStaticPaths
            && route.Segments.Any(segment => segment.Parts.Any(part => part.Kind != RoutePartKind.Static));
}
