using System;
using System.Collections.Generic;

namespace Pages.Routing;

/// <summary>
/// Rules 1–7 of the route priority (docs/routing.md; the list with examples is on the generator's
/// <c>RouteComparer</c>): which of two routes is tried first, zero exactly when they have the same shape and so match
/// the same URLs. One source file compiled into both assemblies (netstandard2.0 and net10.0): the generator orders
/// its routes with it, over <c>RouteSegment</c>s; the runtime places configured redirects among them with it, over
/// ASP.NET Core's <c>RoutePatternPathSegment</c>s. A subclass says how to read its segments.
/// </summary>
/// <typeparam name="TSegment">A path segment of a route (between two <c>/</c>).</typeparam>
/// <typeparam name="TPart">A part of a segment: static text, a parameter or a catch-all.</typeparam>
internal abstract class RouteShapeComparer<TSegment, TPart>
{
    /// <summary>What a part of a segment is, in the order parts are tried: static text, then a parameter, then a catch-all.</summary>
    protected enum PartKind
    {
        Static,
        Parameter,
        CatchAll,
    }

    // Declared in the order segments are tried.
    private enum SegmentKind
    {
        Static,
        Mixed,
        Parameter,
        CatchAll,
    }

    /// <summary>Negative when the route of <paramref name="x"/> is tried first, positive when <paramref name="y"/>'s is, zero when they collide.</summary>
    /// <param name="x">The segments of one route.</param>
    /// <param name="y">The segments of the other route.</param>
    public int Compare(IReadOnlyList<TSegment> x, IReadOnlyList<TSegment> y)
    {
        int common = Math.Min(x.Count, y.Count);
        for (int i = 0; i < common; i++)
        {
            int bySegment = CompareSegment(x[i], y[i]);
            if (bySegment != 0)
            {
                return bySegment;
            }
        }

        if (x.Count == y.Count)
        {
            return 0;
        }

        IReadOnlyList<TSegment> longer = x.Count > y.Count ? x : y;
        int longerFirst = x.Count > y.Count ? -1 : 1;
        bool onlyAddsCatchAll = longer.Count == common + 1 && KindOfSegment(longer[common]) == SegmentKind.CatchAll;
        return onlyAddsCatchAll ? -longerFirst : longerFirst;
    }

    /// <summary>The parts of <paramref name="segment"/>, in order.</summary>
    protected abstract IReadOnlyList<TPart> PartsOf(TSegment segment);

    /// <summary>What <paramref name="part"/> is.</summary>
    protected abstract PartKind KindOf(TPart part);

    /// <summary>The text of a static part (empty for a parameter).</summary>
    protected abstract string TextOf(TPart part);

    private int CompareSegment(TSegment x, TSegment y)
    {
        SegmentKind kind = KindOfSegment(x);
        int byKind = kind.CompareTo(KindOfSegment(y));
        if (byKind != 0)
        {
            return byKind;
        }

        if (kind == SegmentKind.Mixed)
        {
            int byStaticParts = StaticParts(y, out int yStaticLength).CompareTo(StaticParts(x, out int xStaticLength));
            if (byStaticParts != 0)
            {
                return byStaticParts;
            }

            int byStaticLength = yStaticLength.CompareTo(xStaticLength);
            if (byStaticLength != 0)
            {
                return byStaticLength;
            }
        }

        IReadOnlyList<TPart> xParts = PartsOf(x);
        IReadOnlyList<TPart> yParts = PartsOf(y);
        int common = Math.Min(xParts.Count, yParts.Count);
        for (int i = 0; i < common; i++)
        {
            int byPart = ComparePart(xParts[i], yParts[i]);
            if (byPart != 0)
            {
                return byPart;
            }
        }

        return xParts.Count.CompareTo(yParts.Count);
    }

    private int ComparePart(TPart x, TPart y)
    {
        PartKind kind = KindOf(x);
        int byKind = kind.CompareTo(KindOf(y));
        if (byKind != 0 || kind != PartKind.Static)
        {
            // Parameter names do not change which URLs a route matches.
            return byKind;
        }

        // ASP.NET Core matches URLs ignoring case.
        return StringComparer.OrdinalIgnoreCase.Compare(TextOf(x), TextOf(y));
    }

    private int StaticParts(TSegment segment, out int staticLength)
    {
        int count = 0;
        staticLength = 0;
        foreach (TPart part in PartsOf(segment))
        {
            if (KindOf(part) == PartKind.Static)
            {
                count++;
                staticLength += TextOf(part).Length;
            }
        }

        return count;
    }

    private SegmentKind KindOfSegment(TSegment segment)
    {
        bool hasStatic = false;
        bool hasParameter = false;
        foreach (TPart part in PartsOf(segment))
        {
            switch (KindOf(part))
            {
                case PartKind.CatchAll:
                    return SegmentKind.CatchAll;
                case PartKind.Parameter:
                    hasParameter = true;
                    break;
                default:
                    hasStatic = true;
                    break;
            }
        }

        return !hasParameter ? SegmentKind.Static : hasStatic ? SegmentKind.Mixed : SegmentKind.Parameter;
    }
}
