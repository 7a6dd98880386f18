using Microsoft.AspNetCore.Http;
using System.ComponentModel;

namespace Pages;

/// <summary>
/// Builds URL paths from route values for the generated <c>Routes</c> helpers (docs/routing.md#typed-links):
/// each value is percent-encoded as one path segment, the way ASP.NET Core routing reads it back, so a value can
/// neither leave its segment nor be rewritten by the browser or the server on the way.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Everything but RFC 3986's unreserved characters is encoded, UTF-8 first: <c>a b</c> → <c>a%20b</c>,
/// <c>100%</c> → <c>100%25</c>, <c>café</c> → <c>caf%C3%A9</c>, <c>a/b</c> → <c>a%2Fb</c> (Kestrel keeps an
/// encoded <c>/</c> encoded, so the value stays in its segment).</item>
/// <item>A rest value (<c>[...path]</c>) keeps its <c>/</c> separators; each piece between them is encoded.</item>
/// <item><c>.</c> and <c>..</c> as a whole segment are refused: browsers and Kestrel remove dot segments even when
/// percent-encoded, so no URL could reach the page with that value.</item>
/// </list>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public static class RouteUrl
{
    /// <summary>A <c>[param]</c> value that is a whole segment (<c>blog/[slug]</c>), encoded.</summary>
    /// <param name="value">The value; not empty, not <c>.</c> or <c>..</c>.</param>
    /// <param name="parameter">The route parameter's name, for the exception message.</param>
    /// <returns>The encoded segment.</returns>
    /// <exception cref="ArgumentException">The value is empty or a dot segment.</exception>
    public static string Segment(string value, string parameter)
    {
        return IsDotSegment(value) ? throw DotSegment(value, parameter) : Part(value, parameter);
    }

    /// <summary>A <c>[param]</c> value that is part of a segment (<c>post-[id]</c>), encoded.</summary>
    /// <param name="value">The value; not empty (routing needs at least one character).</param>
    /// <param name="parameter">The route parameter's name, for the exception message.</param>
    /// <returns>The encoded text.</returns>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public static string Part(string value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        return value.Length == 0
            ? throw new ArgumentException($"The route value '{parameter}' is empty; a route parameter needs at least one character.", parameter)
            : Uri.EscapeDataString(value);
    }

    /// <summary>
    /// A route ending in <c>[...rest]</c>: <paramref name="prefix"/> alone for a null or empty value (the route's bare
    /// prefix, <c>/</c> at the root), else the prefix, <c>/</c> and the value with each piece between slashes encoded.
    /// </summary>
    /// <param name="prefix">The route's path before the rest segment, without a trailing slash (<c>/docs</c>, or empty at the root).</param>
    /// <param name="value">The rest value (<c>guide/intro</c>), or null.</param>
    /// <param name="parameter">The route parameter's name, for the exception message.</param>
    /// <param name="trailingSlash">End the path with <c>/</c> (a page under <c>PagesTrailingSlash=always</c>).</param>
    /// <returns>The URL path.</returns>
    /// <exception cref="ArgumentException">A piece of the value is a dot segment.</exception>
    public static string Rest(string prefix, string? value, string parameter, bool trailingSlash = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return prefix.Length == 0 ? "/" : trailingSlash ? prefix + "/" : prefix;
        }

        string[] pieces = value.Split('/');
        for (int i = 0; i < pieces.Length; i++)
        {
            if (IsDotSegment(pieces[i]))
            {
                throw DotSegment(value, parameter);
            }

            pieces[i] = Uri.EscapeDataString(pieces[i]);
        }

        string path = prefix + "/" + string.Join('/', pieces);
        return trailingSlash && !path.EndsWith('/') ? path + "/" : path;
    }

    /// <summary>
    /// A route with <c>[...rest]</c> followed by more segments (<c>[...path]/edit</c>): the prefix, the rest value as
    /// <see cref="Rest(string, string?, string, bool)"/> writes it, then <paramref name="suffix"/>; a null or empty value
    /// leaves the rest out (<c>/edit</c>), as such a route matches it.
    /// </summary>
    /// <param name="prefix">The route's path before the rest segment, without a trailing slash (empty at the root).</param>
    /// <param name="value">The rest value (<c>guide/intro</c>), or null.</param>
    /// <param name="parameter">The route parameter's name, for the exception message.</param>
    /// <param name="suffix">The encoded path after the rest segment, starting with <c>/</c> (<c>/edit</c>).</param>
    /// <returns>The URL path.</returns>
    /// <exception cref="ArgumentException">A piece of the value is a dot segment.</exception>
    public static string Rest(string prefix, string? value, string parameter, string suffix)
    {
        ArgumentNullException.ThrowIfNull(suffix);
        return string.IsNullOrEmpty(value) ? prefix + suffix : Rest(prefix, value, parameter) + suffix;
    }

    /// <summary>
    /// <paramref name="route"/> under the app's path base (<c>/app</c> + <c>/about</c>), for an app mounted below the
    /// site root (<c>UsePathBase</c>, a reverse proxy): <c>Request.PathTo(Routes.About)</c>.
    /// </summary>
    /// <param name="request">The current request, whose <see cref="HttpRequest.PathBase"/> is used.</param>
    /// <param name="route">A root-relative path, such as a <c>Routes</c> member.</param>
    /// <returns>The path to write into a link.</returns>
    public static string PathTo(this HttpRequest request, string route)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.PathBase.HasValue ? request.PathBase.ToUriComponent() + route : route;
    }

    private static bool IsDotSegment(string value) => value is "." or "..";

    private static ArgumentException DotSegment(string value, string parameter) =>
        new($"The route value '{parameter}' ('{value}') has a '.' or '..' segment, which browsers and servers remove from a URL; no link could reach the page with it.", parameter);
}
