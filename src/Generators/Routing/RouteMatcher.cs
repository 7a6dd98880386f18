using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// Finds the route that serves a URL path by trying an ordered route list first to last, as the runtime does.
/// A plain-data oracle for tests of <see cref="RouteComparer"/>; the running app matches with ASP.NET Core.
/// </summary>
internal static class RouteMatcher
{
    /// <summary>The first route of <paramref name="orderedRoutes"/> that matches <paramref name="path"/>, or null.</summary>
    /// <param name="orderedRoutes">Routes in the order of <see cref="RouteTable.Routes"/>.</param>
    /// <param name="path">A URL path such as <c>/blog/hello</c>, without query.</param>
    /// <returns>The route that serves the path, or null (404).</returns>
    public static RouteModel? Match(IEnumerable<RouteModel> orderedRoutes, string path)
    {
        foreach (var route in orderedRoutes)
        {
            if (TryMatch(route, path, out _))
            {
                return route;
            }
        }

        return null;
    }

    /// <summary>
    /// Matches one route as ASP.NET Core does: static text ignoring case, a trailing slash ignored, a parameter
    /// takes at least one character, a catch-all takes the rest of the path (null when there is none).
    /// </summary>
    /// <param name="route">The route to try.</param>
    /// <param name="path">A URL path such as <c>/docs/a/b</c>.</param>
    /// <param name="values">The parameter values by name (case-insensitive) when the route matches.</param>
    /// <returns>True when the route matches the path.</returns>
    public static bool TryMatch(RouteModel route, string path, out IReadOnlyDictionary<string, string?> values)
        => TryMatch(route.Segments, path, out values);

    /// <summary>Matches a route given by its segments; see <see cref="TryMatch(RouteModel, string, out IReadOnlyDictionary{string, string?})"/>.</summary>
    /// <param name="segments">The route's segments.</param>
    /// <param name="path">A URL path such as <c>/docs/a/b</c>, its segments already decoded.</param>
    /// <param name="values">The parameter values by name (case-insensitive) when the route matches.</param>
    /// <returns>True when the route matches the path.</returns>
    public static bool TryMatch(EquatableArray<RouteSegment> segments, string path, out IReadOnlyDictionary<string, string?> values)
    {
        var found = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        values = found;
        var trimmed = path.Trim('/');
        var pathSegments = trimmed.Length == 0 ? Array.Empty<string>() : trimmed.Split('/');

        for (var i = 0; i < segments.Count; i++)
        {
            var parts = segments[i].Parts;
            if (parts[0].Kind == RoutePartKind.CatchAll)
            {
                found[parts[0].Value] = i < pathSegments.Length ? string.Join("/", pathSegments, i, pathSegments.Length - i) : null;
                return true;
            }

            if (i >= pathSegments.Length || !TryMatchSegment(parts, pathSegments[i], found))
            {
                return false;
            }
        }

        return segments.Count == pathSegments.Length;
    }

    private static bool TryMatchSegment(EquatableArray<RoutePart> parts, string text, Dictionary<string, string?> found)
    {
        if (parts.Count == 1 && parts[0].Kind == RoutePartKind.Static)
        {
            return string.Equals(parts[0].Value, text, StringComparison.OrdinalIgnoreCase);
        }

        // Greedy groups give the rightmost literal its last occurrence, as ASP.NET Core's complex segments do.
        var regex = new StringBuilder("^");
        foreach (var part in parts)
        {
            regex.Append(part.Kind == RoutePartKind.Static ? Regex.Escape(part.Value) : $"(?<{part.Value}>.+)");
        }

        var match = Regex.Match(text, regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Kind != RoutePartKind.Static)
            {
                found[part.Value] = match.Groups[part.Value].Value;
            }
        }

        return true;
    }
}
