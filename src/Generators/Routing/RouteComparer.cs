using System;
using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// The order in which routes are tried, first to last: the first route that matches a URL serves it.
/// This is the one place the order is decided (Astro's <c>routeComparator</c>, adapted).
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
    public static int CompareShape(EquatableArray<RouteSegment> x, EquatableArray<RouteSegment> y)
    {
        var common = Math.Min(x.Count, y.Count);
        for (var i = 0; i < common; i++)
        {
            var bySegment = CompareSegment(x[i], y[i]);
            if (bySegment != 0)
            {
                return bySegment;
            }
        }

        if (x.Count == y.Count)
        {
            return 0;
        }

        var longer = x.Count > y.Count ? x : y;
        var longerFirst = x.Count > y.Count ? -1 : 1;
        var onlyAddsCatchAll = longer.Count == common + 1 && KindOf(longer[common]) == SegmentKind.CatchAll;
        return onlyAddsCatchAll ? -longerFirst : longerFirst;
    }

    private static int CompareSegment(RouteSegment x, RouteSegment y)
    {
        var kind = KindOf(x);
        var byKind = kind.CompareTo(KindOf(y));
        if (byKind != 0)
        {
            return byKind;
        }

        if (kind == SegmentKind.Mixed)
        {
            var byStaticParts = StaticParts(y, out var yStaticLength).CompareTo(StaticParts(x, out var xStaticLength));
            if (byStaticParts != 0)
            {
                return byStaticParts;
            }

            var byStaticLength = yStaticLength.CompareTo(xStaticLength);
            if (byStaticLength != 0)
            {
                return byStaticLength;
            }
        }

        var common = Math.Min(x.Parts.Count, y.Parts.Count);
        for (var i = 0; i < common; i++)
        {
            var byPart = ComparePart(x.Parts[i], y.Parts[i]);
            if (byPart != 0)
            {
                return byPart;
            }
        }

        return x.Parts.Count.CompareTo(y.Parts.Count);
    }

    private static int ComparePart(RoutePart x, RoutePart y)
    {
        var byKind = x.Kind.CompareTo(y.Kind);
        if (byKind != 0 || x.Kind != RoutePartKind.Static)
        {
            // Parameter names do not change which URLs a route matches.
            return byKind;
        }

        return StringComparer.OrdinalIgnoreCase.Compare(x.Value, y.Value);
    }

    private static int StaticParts(RouteSegment segment, out int staticLength)
    {
        var count = 0;
        staticLength = 0;
        foreach (var part in segment.Parts)
        {
            if (part.Kind == RoutePartKind.Static)
            {
                count++;
                staticLength += part.Value.Length;
            }
        }

        return count;
    }

    private static SegmentKind KindOf(RouteSegment segment)
    {
        var hasStatic = false;
        var hasParameter = false;
        foreach (var part in segment.Parts)
        {
            switch (part.Kind)
            {
                case RoutePartKind.CatchAll:
                    return SegmentKind.CatchAll;
                case RoutePartKind.Parameter:
                    hasParameter = true;
                    break;
                default:
                    hasStatic = true;
                    break;
            }
        }

        return !hasParameter ? SegmentKind.Static : hasStatic ? SegmentKind.Mixed : SegmentKind.Parameter;
    }

    // Declared in the order segments are tried.
    private enum SegmentKind
    {
        Static,
        Mixed,
        Parameter,
        CatchAll,
    }
}
