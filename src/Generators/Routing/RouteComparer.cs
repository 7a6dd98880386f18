using System;
using System.Collections.Generic;
using Pages.Generators.Model;
using Pages.Routing;

namespace Pages.Generators.Routing;

/// <summary>
/// The order in which routes are tried, first to last: the first route that matches a URL serves it.
/// This is the one place the order is decided (Astro's <c>routeComparator</c>, adapted); rules 1–7 are
/// <c>src/Shared/RouteShapeComparer.cs</c>, one source file that the runtime compiles too, to place configured redirects.
/// </summary>
/// <remarks>
/// Segments are compared left to right; the first rule that separates two segments decides.
/// <list type="number">
/// <item>A static segment beats a dynamic one: <c>/blog/new</c> before <c>/blog/[slug]</c>.</item>
/// <item>A segment mixing text and a parameter beats a bare parameter: <c>/blog/post-[id]</c> before <c>/blog/[slug]</c>.</item>
/// <item>A parameter beats a catch-all: <c>/docs/[page]</c> before <c>/docs/[...path]</c>, and wherever the catch-all
/// stands: <c>/docs/[id]/print</c> before <c>/docs/[...slug]/print</c>.</item>
/// <item>Between mixed segments, more static parts first, then more static characters:
/// <c>/[a]-to-[b]</c> before <c>/[a]-[b]</c>, <c>/post-[id]</c> before <c>/p-[id]</c>.</item>
/// <item>Otherwise the parts decide one by one, static text ordinal ignoring case (ASP.NET Core matches URLs ignoring case),
/// so that unrelated routes keep a stable order: <c>/about</c> before <c>/blog</c>.</item>
/// </list>
/// When every segment of the shorter route ties with the longer route's:
/// <list type="number" start="6">
/// <item>The longer route comes first: <c>/blog/[slug]</c> before <c>/blog</c>, <c>/docs/[...slug]/print</c> before <c>/docs/[...slug]</c>;</item>
/// <item>except when it only adds a catch-all, which also matches the bare prefix; then the prefix wins:
/// <c>/docs</c> (<c>docs/index.page</c>) before <c>/docs/[...path]</c>.</item>
/// </list>
/// Routes that tie on all of these have the same shape (parameter names aside) and match the same URLs:
/// that is a build error (PAGE015, <see cref="RouteCollisions"/>), whether they are pages or endpoints, never an order.
/// <list type="number" start="8">
/// <item>To keep even such a list deterministic, ties end with the route path, then the file path, ordinal:
/// <c>blog/[id].page</c> before <c>blog/[slug].page</c>.</item>
/// </list>
/// </remarks>
internal sealed class RouteComparer : IComparer<RouteModel>
{
    /// <summary>The one instance; the comparer has no state.</summary>
    public static readonly RouteComparer Instance = new();

    private RouteComparer()
    {
    }

    /// <inheritdoc/>
    public int Compare(RouteModel? x, RouteModel? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byShape = CompareShape(x.Segments, y.Segments);
        if (byShape != 0)
        {
            return byShape;
        }

        var byRoutePath = string.CompareOrdinal(x.RoutePath, y.RoutePath);
        return byRoutePath != 0 ? byRoutePath : string.CompareOrdinal(x.FilePath, y.FilePath);
    }

    /// <summary>Rules 1–7: zero exactly when two routes have the same shape and so match the same URLs.</summary>
    /// <param name="x">The segments of one route.</param>
    /// <param name="y">The segments of the other route.</param>
    /// <returns>Negative when <paramref name="x"/> is tried first, positive when <paramref name="y"/> is, zero on a tie.</returns>
    public static int CompareShape(EquatableArray<RouteSegment> x, EquatableArray<RouteSegment> y) => SegmentShapes.Instance.Compare(x, y);

    // Rules 1–7 live in src/Shared/RouteShapeComparer.cs, compiled into the runtime too; this reads the generator's segments.
    private sealed class SegmentShapes : RouteShapeComparer<RouteSegment, RoutePart>
    {
        public static readonly SegmentShapes Instance = new();

        protected override IReadOnlyList<RoutePart> PartsOf(RouteSegment segment) => segment.Parts;

        protected override PartKind KindOf(RoutePart part) => part.Kind switch
        {
            RoutePartKind.Static => PartKind.Static,
            RoutePartKind.Parameter => PartKind.Parameter,
            _ => PartKind.CatchAll,
        };

        protected override string TextOf(RoutePart part) => part.Kind == RoutePartKind.Static ? part.Value : "";
    }
}
