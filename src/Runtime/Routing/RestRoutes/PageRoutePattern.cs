using System.Linq;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// Reads the route patterns the generator writes (and configured redirects): ASP.NET Core's template syntax, plus a
/// rest parameter followed by more segments, as Astro allows (<c>/{**path}/edit</c> from <c>[...path]/edit.page</c>).
/// ASP.NET Core's parser refuses a catch-all before the end, so such a pattern is parsed in two halves.
/// </summary>
internal static class PageRoutePattern
{
    /// <summary>
    /// The whole pattern, every segment in place (a catch-all may come before the end): for building paths, listing
    /// parameters and comparing shapes. Never register it as an endpoint's pattern; <see cref="ForEndpoint"/> is that.
    /// </summary>
    /// <exception cref="T:Microsoft.AspNetCore.Routing.Patterns.RoutePatternException">The pattern is not a route, or has more than one rest parameter.</exception>
    public static RoutePattern Parse(string pattern)
    {
        if (Split(pattern) is not (string prefix, string suffix))
        {
            return RoutePatternFactory.Parse(pattern);
        }

        (RoutePattern head, RoutePattern tail) = ParseHalves(pattern, prefix, suffix);
        return RoutePatternFactory.Pattern(pattern, head.PathSegments.Concat(tail.PathSegments));
    }

    /// <summary>
    /// What ASP.NET Core matches for <paramref name="pattern"/>: the pattern itself, or, for a rest parameter with
    /// segments after it, the pattern up to the rest parameter (<c>/{**path}</c>) and the <see cref="RestSuffix"/> that
    /// checks and splits off what follows (<c>/edit</c>), carried as the endpoint's metadata.
    /// </summary>
    /// <exception cref="T:Microsoft.AspNetCore.Routing.Patterns.RoutePatternException">The pattern is not a route.</exception>
    public static (RoutePattern Pattern, RestSuffix? Suffix) ForEndpoint(string pattern)
    {
        if (Split(pattern) is not (string prefix, string suffix))
        {
            return (RoutePatternFactory.Parse(pattern), null);
        }

        (RoutePattern head, RoutePattern tail) = ParseHalves(pattern, prefix, suffix);
        return (head, new RestSuffix(head.Parameters.Single(parameter => parameter.IsCatchAll).Name, tail));
    }

    // ASP.NET Core checks each half; what only the whole can break (a second rest, a name used on both sides) is checked here.
    private static (RoutePattern Head, RoutePattern Tail) ParseHalves(string pattern, string prefix, string suffix)
    {
        RoutePattern head = RoutePatternFactory.Parse(prefix);
        RoutePattern tail = RoutePatternFactory.Parse(suffix);
        if (tail.Parameters.Any(parameter => parameter.IsCatchAll))
        {
            throw new RoutePatternException(pattern, "A route may have only one rest parameter; nothing could tell where one value ends and the next begins.");
        }

        if (tail.Parameters.FirstOrDefault(parameter => head.GetParameter(parameter.Name) is not null) is RoutePatternParameterPart repeated)
        {
            throw new RoutePatternException(pattern, $"The route parameter name '{repeated.Name}' appears more than one time in the route template.");
        }

        return (head, tail);
    }

    // Segments never hold '/' (they come from file and folder names), so splitting the text is safe.
    private static (string Prefix, string Suffix)? Split(string pattern)
    {
        string[] segments = pattern.Split('/');
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i].StartsWith("{*", StringComparison.Ordinal) && segments.Skip(i + 1).Any(segment => segment.Length > 0))
            {
                return (string.Join('/', segments, 0, i + 1), "/" + string.Join('/', segments, i + 1, segments.Length - i - 1));
            }
        }

        return null;
    }
}
