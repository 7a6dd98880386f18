using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Pages;

/// <summary>
/// The segments after a rest parameter (<c>/edit</c> of <c>/{**path}/edit</c>), as metadata of the endpoint that
/// ASP.NET Core matches up to the rest parameter: the catch-all takes the whole remaining path, and this takes its last
/// segments back, as Astro's rest parameters do (<c>/a/b/edit</c>: <c>path = "a/b"</c>; <c>/edit</c>: no value).
/// </summary>
internal sealed class RestSuffix
{
    private readonly TemplateMatcher _matcher;

    public RestSuffix(string restName, RoutePattern suffix)
    {
        RestName = restName;
        SegmentCount = suffix.PathSegments.Count;
        _matcher = new TemplateMatcher(new RouteTemplate(suffix), new RouteValueDictionary());
    }

    /// <summary>The rest parameter's name (<c>path</c>).</summary>
    public string RestName { get; }

    /// <summary>How many segments follow the rest parameter.</summary>
    public int SegmentCount { get; }

    /// <summary>
    /// Checks that the rest value ends with the suffix's segments; if so moves the suffix's own parameters into
    /// <paramref name="values"/> and leaves the rest parameter what precedes them (removed when that is nothing, as a
    /// trailing rest parameter that matched nothing has no value).
    /// </summary>
    /// <param name="values">The route values with the catch-all's value; changed only when the suffix matches.</param>
    /// <returns>Whether the path ends as the route does.</returns>
    public bool TryApply(RouteValueDictionary values)
    {
        // The URL's trailing slash is in the catch-all's value; the route ignores it, as routing does elsewhere.
        string rest = (values.TryGetValue(RestName, out object? value) ? value?.ToString() : null)?.Trim('/') ?? "";
        string[] segments = rest.Length == 0 ? [] : rest.Split('/');
        int restLength = segments.Length - SegmentCount;
        if (restLength < 0)
        {
            return false;
        }

        var suffixValues = new RouteValueDictionary();
        if (!_matcher.TryMatch(new PathString("/" + string.Join('/', segments, restLength, SegmentCount)), suffixValues))
        {
            return false;
        }

        foreach ((string name, object? suffixValue) in suffixValues)
        {
            values[name] = suffixValue;
        }

        if (restLength == 0)
        {
            values.Remove(RestName);
        }
        else
        {
            values[RestName] = string.Join('/', segments, 0, restLength);
        }

        return true;
    }
}
