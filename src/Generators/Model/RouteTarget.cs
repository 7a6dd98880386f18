namespace Pages.Generators.Model;

/// <summary>
/// A route as a link can reach it: its file path under the pages root (<c>blog/[slug].page</c>, <c>rss.xml.cs</c>)
/// and its segments. The input of the <c>Routes</c> helpers and of the literal-link check; it changes only when a
/// route is added, removed or renamed, not when a page's body or settings change.
/// </summary>
/// <param name="RoutePath">The file path under the pages root, with <c>/</c>.</param>
/// <param name="Segments">The route's segments (<see cref="Routing.RoutePathParser"/>).</param>
/// <param name="IsEndpoint">An <c>[Endpoint]</c> route: a file URL, never given a trailing slash.</param>
internal sealed record RouteTarget(string RoutePath, EquatableArray<RouteSegment> Segments, bool IsEndpoint);
