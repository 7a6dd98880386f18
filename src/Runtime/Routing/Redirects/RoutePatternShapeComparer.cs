using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// The generator's route priority (<c>RouteComparer.CompareShape</c>, rules 1–7 of docs/routing.md) over parsed
/// ASP.NET Core route patterns, for routes that only exist at run time: configured redirects are placed among the
/// compiled routes with it. Zero means the two routes match the same URLs.
/// </summary>
internal static class RoutePatternShapeComparer
{
    // Declared in the order segments are tried.
    private enum SegmentKind
    {
        Static,
        Mixed,
        Parameter,
        CatchAll,
    }

    /// <summary>Negative when <paramref name="x"/> is tried first, positive when <paramref name="y"/> is, zero when they collide.</summary>
    public static int Compare(RoutePattern x, RoutePattern y)
    {
        IReadOnlyList<RoutePatternPathSegment> xs = x.PathSegments;
        IReadOnlyList<RoutePatternPathSegment> ys = y.PathSegments;
        int common = Math.Min(xs.Count, ys.Count);
        for (int i = 0; i < common; i++)
        {
            int bySegment = CompareSegment(xs[i], ys[i]);
            if (bySegment != 0)
            {
                return bySegment;
            }
        }

        if (xs.Count == ys.Count)
        {
            return 0;
        }

        IReadOnlyList<RoutePatternPathSegment> longer = xs.Count > ys.Count ? xs : ys;
        int longerFirst = xs.Count > ys.Count ? -1 : 1;
        bool onlyAddsCatchAll = longer.Count == common + 1 && KindOf(longer[common]) == SegmentKind.CatchAll;
        return onlyAddsCatchAll ? -longerFirst : longerFirst;
    }

    private static int CompareSegment(RoutePatternPathSegment x, RoutePatternPathSegment y)
    {
        SegmentKind kind = KindOf(x);
        int byKind = kind.CompareTo(KindOf(y));
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

        int common = Math.Min(x.Parts.Count, y.Parts.Count);
        for (int i = 0; i < common; i++)
        {
            int byPart = ComparePart(x.Parts[i], y.Parts[i]);
            if (byPart != 0)
            {
                return byPart;
            }
        }

        return x.Parts.Count.CompareTo(y.Parts.Count);
    }

    private static int ComparePart(RoutePatternPart x, RoutePatternPart y)
    {
        int byKind = PartRank(x).CompareTo(PartRank(y));
        if (byKind != 0 || PartRank(x) != 0)
        {
            // Parameter names do not change which URLs a route matches.
            return byKind;
        }

        return StringComparer.OrdinalIgnoreCase.Compare(StaticText(x), StaticText(y));
    }

    // As the generator's RoutePartKind: static text, then a parameter, then a catch-all.
    private static int PartRank(RoutePatternPart part) =>
        part is RoutePatternParameterPart parameter ? (parameter.IsCatchAll ? 2 : 1) : 0;

    private static string StaticText(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        _ => "",
    };

    private static int StaticParts(RoutePatternPathSegment segment, out int staticLength)
    {
        int count = 0;
        staticLength = 0;
        foreach (RoutePatternPart part in segment.Parts)
        {
            if (PartRank(part) == 0)
            {
                count++;
                staticLength += StaticText(part).Length;
            }
        }

        return count;
    }

    private static SegmentKind KindOf(RoutePatternPathSegment segment)
    {
        bool hasStatic = false;
        bool hasParameter = false;
        foreach (RoutePatternPart part in segment.Parts)
        {
            switch (PartRank(part))
            {
                case 2:
                    return SegmentKind.CatchAll;
                case 1:
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
