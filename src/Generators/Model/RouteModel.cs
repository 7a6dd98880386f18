namespace Pages.Generators.Model;

/// <summary>What a route serves.</summary>
internal enum RouteKind
{
    /// <summary>A routable <c>.page</c>.</summary>
    Page,

    /// <summary>An <c>[Endpoint]</c> class in a <c>.cs</c> file under the pages root.</summary>
    Endpoint,
}

/// <summary>The kind of one part of a route segment.</summary>
internal enum RoutePartKind
{
    /// <summary>Literal text: <c>blog</c>, <c>rss.xml</c>, <c>post-</c>.</summary>
    Static,

    /// <summary><c>[slug]</c>: one segment's worth of text.</summary>
    Parameter,

    /// <summary><c>[...path]</c>: any number of segments, possibly none; at most one a route, anywhere in it.</summary>
    CatchAll,
}

/// <summary>One part of a segment; a segment may mix parts (<c>post-[id]</c>).</summary>
internal sealed record RoutePart(RoutePartKind Kind, string Value);

/// <summary>One path segment of a route (between slashes).</summary>
internal sealed record RouteSegment(EquatableArray<RoutePart> Parts);

/// <summary>
/// A route computed at build time from a file path under the pages root.
/// <see cref="Pattern"/> is the ASP.NET Core route pattern (<c>/</c>, <c>/blog/{slug}</c>, <c>/docs/{**path}</c>), except that a
/// catch-all may have segments after it (<c>/{**path}/edit</c>), which the runtime matches itself (docs/routing.md#rest-parameters).
/// <see cref="ErrorStatus"/> is 404 or 500 for <c>404.page</c>/<c>500.page</c>, else 0.
/// <see cref="TypeName"/> is the fully qualified generated type (<c>global::App.Pages.Page_about</c>).
/// <see cref="FilePath"/> is the absolute path (for diagnostics); <see cref="ProjectPath"/> the path relative to
/// the project (for messages and the route table, so no machine path ends up in the binary).
/// <see cref="Antiforgery"/> is <see langword="false"/> for a page that opted out of antiforgery validation.
/// <see cref="Handlers"/> are an endpoint's handler methods (empty for a page): the manifest registers the route from
/// this model alone. Built by <see cref="Routing.RouteModelBuilder"/>.
/// </summary>
internal sealed record RouteModel(
    string FilePath,
    string RoutePath,
    string Pattern,
    EquatableArray<RouteSegment> Segments,
    RouteKind Kind,
    int ErrorStatus,
    string TypeName,
    bool Prerender,
    bool? Buffer,
    bool HasStaticPaths,
    string ProjectPath = "",
    bool Antiforgery = true,
    EquatableArray<Endpoints.EndpointHandlerModel>? Handlers = null);
