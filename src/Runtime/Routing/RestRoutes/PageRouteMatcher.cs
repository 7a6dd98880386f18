using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Pages;

/// <summary>
/// Matches a path against one route outside ASP.NET Core's endpoint matcher (a rewrite's target, the export's link
/// check): ASP.NET Core's template matcher, then the route's <see cref="RestSuffix"/> when a rest parameter has
/// segments after it, so such routes match here exactly as they do for a request.
/// </summary>
internal sealed class PageRouteMatcher
{
    private readonly TemplateMatcher _matcher;
    private readonly RestSuffix? _suffix;

    /// <param name="pattern">The pattern ASP.NET Core matches (an endpoint's <c>RoutePattern</c>).</param>
    /// <param name="suffix">The endpoint's <see cref="RestSuffix"/> metadata, or <see langword="null"/>.</param>
    public PageRouteMatcher(RoutePattern pattern, RestSuffix? suffix)
    {
        _matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));
        _suffix = suffix;
    }

    /// <summary>A matcher for a route pattern as the generator writes it (<c>/{**path}/edit</c> included).</summary>
    public static PageRouteMatcher For(string pattern)
    {
        (RoutePattern endpointPattern, RestSuffix? suffix) = PageRoutePattern.ForEndpoint(pattern);
        return new PageRouteMatcher(endpointPattern, suffix);
    }

    /// <summary>Whether <paramref name="path"/> matches; <paramref name="values"/> gets the route values when it does.</summary>
    public bool TryMatch(PathString path, RouteValueDictionary values) =>
        _matcher.TryMatch(path, values) && (_suffix is null || _suffix.TryApply(values));
}
