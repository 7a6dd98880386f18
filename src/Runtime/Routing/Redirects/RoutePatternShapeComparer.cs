using Microsoft.AspNetCore.Routing.Patterns;
using Pages.Routing;

namespace Pages;

/// <summary>
/// The generator's route priority (rules 1–7 of docs/routing.md, in <c>src/Shared/RouteShapeComparer.cs</c>, the
/// same source file the generator compiles) over parsed ASP.NET Core route patterns, for routes that only exist at
/// run time: configured redirects are placed among the compiled routes with it. Zero means the two routes match
/// the same URLs.
/// </summary>
internal sealed class RoutePatternShapeComparer : RouteShapeComparer<RoutePatternPathSegment, RoutePatternPart>
{
    private static readonly RoutePatternShapeComparer Instance = new();

    private RoutePatternShapeComparer()
    {
    }

    /// <summary>Negative when <paramref name="x"/> is tried first, positive when <paramref name="y"/> is, zero when they collide.</summary>
    public static int Compare(RoutePattern x, RoutePattern y) => Instance.Compare(x.PathSegments, y.PathSegments);

    protected override IReadOnlyList<RoutePatternPart> PartsOf(RoutePatternPathSegment segment) => segment.Parts;

    protected override PartKind KindOf(RoutePatternPart part) =>
        part is RoutePatternParameterPart parameter ? (parameter.IsCatchAll ? PartKind.CatchAll : PartKind.Parameter) : PartKind.Static;

    protected override string TextOf(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        _ => "",
    };
}
