using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// The routes a link can reach, as <see cref="RouteTarget"/>s: those of the route table, and those a referenced
/// library lists by file path. The 500 page is left out: it answers errors, not a URL of its own.
/// </summary>
internal static class RouteTargets
{
    /// <summary>The targets of <paramref name="table"/>, in route order.</summary>
    public static EquatableArray<RouteTarget> From(RouteTable table)
    {
        var targets = new List<RouteTarget>(table.Routes.Count);
        foreach (var route in table.Routes)
        {
            if (route.ErrorStatus != 500)
            {
                targets.Add(new RouteTarget(route.RoutePath.Replace('\\', '/'), route.Segments, route.Kind == RouteKind.Endpoint));
            }
        }

        return targets.ToEquatableArray();
    }

    /// <summary>The target of a library's route file path (<c>guide.page</c>, <c>api/[id].cs</c>), or null when it is not a route.</summary>
    public static RouteTarget? FromRoutePath(string routePath)
    {
        if (!RoutePathParser.TryParse(routePath, out var segments, out _, out var errorStatus, out _) || errorStatus == 500)
        {
            return null;
        }

        return new RouteTarget(routePath, segments, routePath.EndsWith(".cs", System.StringComparison.OrdinalIgnoreCase));
    }
}
