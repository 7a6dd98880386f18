using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// Whether a route matches a URL path as ASP.NET Core will match it in the running app: <see cref="LinkResolver"/>
/// checks literal links with it at build time.
/// </summary>
internal static class RouteMatcher
{
    /// <summary>
    /// Matches one route, given by its segments, as ASP.NET Core does: static text ignoring case, a trailing slash
    /// ignored, a parameter takes at least one character; a rest parameter takes whatever the segments before and
    /// after it leave, perhaps nothing (then its value is null), as the runtime's rest matching does
    /// (<c>[...path]/edit</c> matches <c>/edit</c>).
    /// </summary>
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
        var rest = RestIndex(segments);
        if (rest < 0)
        {
            return segments.Count == pathSegments.Length && TryMatchSegments(segments, 0, pathSegments, 0, segments.Count, found);
        }

        // The segments after the rest parameter take the path's last segments; the rest takes what is between (maybe nothing).
        var after = segments.Count - rest - 1;
        var restLength = pathSegments.Length - rest - after;
        if (restLength < 0
            || !TryMatchSegments(segments, 0, pathSegments, 0, rest, found)
            || !TryMatchSegments(segments, rest + 1, pathSegments, rest + restLength, after, found))
        {
            return false;
        }

        found[segments[rest].Parts[0].Value] = restLength == 0 ? null : string.Join("/", pathSegments, rest, restLength);
        return true;
    }

    // The index of the route's rest segment ([...path]), or -1 when it has none.
    private static int RestIndex(EquatableArray<RouteSegment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Parts[0].Kind == RoutePartKind.CatchAll)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryMatchSegments(
        EquatableArray<RouteSegment> segments, int first, string[] pathSegments, int firstPath, int count, Dictionary<string, string?> found)
    {
        for (var i = 0; i < count; i++)
        {
            if (!TryMatchSegment(segments[first + i].Parts, pathSegments[firstPath + i], found))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryMatchSegment(EquatableArray<RoutePart> parts, string text, Dictionary<string, string?> found)
    {
        if (parts.Count == 1 && parts[0].Kind == RoutePartKind.Static)
        {
            return string.Equals(parts[0].Value, text, StringComparison.OrdinalIgnoreCase);
        }

        // A segment that is one parameter takes the whole segment, as ASP.NET Core's does: no pattern to build (a
        // regex's construction is a cold build's cost, paid for each such route a link is checked against).
        if (parts.Count == 1 && parts[0].Kind == RoutePartKind.Parameter)
        {
            if (text.Length == 0)
            {
                return false;
            }

            found[parts[0].Value] = text;
            return true;
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
