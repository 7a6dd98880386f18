using System.Text;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>Writes route segments as an ASP.NET Core route pattern: <c>/</c>, <c>/blog/{slug}</c>, <c>/post-{id}</c>, <c>/docs/{**path}</c>.</summary>
internal static class RoutePatternWriter
{
    /// <summary>The pattern of <paramref name="segments"/>; braces in static text are doubled, as ASP.NET Core escapes them.</summary>
    /// <param name="segments">The route's segments; empty for the root.</param>
    /// <returns>A pattern starting with <c>/</c>.</returns>
    public static string Write(EquatableArray<RouteSegment> segments)
    {
        if (segments.IsEmpty)
        {
            return "/";
        }

        var pattern = new StringBuilder();
        foreach (var segment in segments)
        {
            pattern.Append('/');
            foreach (var part in segment.Parts)
            {
                _ = part.Kind switch
                {
                    RoutePartKind.Parameter => pattern.Append('{').Append(part.Value).Append('}'),
                    RoutePartKind.CatchAll => pattern.Append("{**").Append(part.Value).Append('}'),
                    _ => pattern.Append(part.Value.Replace("{", "{{").Replace("}", "}}")),
                };
            }
        }

        return pattern.ToString();
    }
}
