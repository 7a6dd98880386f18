using System;
using System.Collections.Generic;
using System.Text;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// Turns a file's path under the pages root into route segments and an ASP.NET Core route pattern, as Astro does.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The final <c>.page</c> or <c>.cs</c> is removed: <c>about.page</c> → <c>/about</c>, <c>rss.xml.cs</c> → <c>/rss.xml</c>.</item>
/// <item>A last segment <c>index</c> (any case, as Razor's <c>Index.cshtml</c>) maps to its folder: <c>index.page</c> → <c>/</c>, <c>blog/index.page</c> → <c>/blog</c>.</item>
/// <item><c>[name]</c> → <c>{name}</c>; <c>post-[id]</c> → <c>post-{id}</c>; <c>[...name]</c> → <c>{**name}</c>, which must be a whole segment,
/// may be followed by more segments (<c>[...path]/edit</c> → <c>/{**path}/edit</c>, as Astro allows; ASP.NET Core's own templates do not,
/// so the runtime matches what follows it), also matches nothing at all, and appears at most once in a route.</item>
/// <item>A parameter name is a letter or <c>_</c> followed by letters, digits or <c>_</c> (no <c>-</c>), so that it can become a C# name;
/// names are unique within a route, ignoring case, as ASP.NET Core's route values are.</item>
/// <item>Static text is kept as written (ASP.NET Core matches case-insensitively); <c>{</c> and <c>}</c> are escaped as <c>{{</c> and <c>}}</c>;
/// <c>?</c> is rejected, since ASP.NET Core forbids it in literals and no URL path can hold it unencoded.</item>
/// <item><c>404.page</c> and <c>500.page</c> at the root are the error pages (<c>/404</c>, <c>/500</c>).</item>
/// </list>
/// Paths may use <c>\</c> or <c>/</c>. Whether a file is routed at all is <see cref="IsRoutable"/>.
/// </remarks>
internal static class RoutePathParser
{
    private const string PageExtension = ".page";
    private const string EndpointExtension = ".cs";
    private const string CatchAllPrefix = "...";

    /// <summary>
    /// Parses <paramref name="routePath"/> (relative to the pages root, e.g. <c>blog/[slug].page</c>).
    /// On failure <paramref name="error"/> says why, for PAGE021 (<see cref="RouteDiagnostics.InvalidRoute"/>).
    /// </summary>
    /// <param name="routePath">The file path relative to the pages root.</param>
    /// <param name="segments">The route's segments; empty for <c>/</c>.</param>
    /// <param name="pattern">The ASP.NET Core route pattern, e.g. <c>/blog/{slug}</c>.</param>
    /// <param name="errorStatus">404 or 500 for the root <c>404.page</c>/<c>500.page</c>, else 0.</param>
    /// <param name="error">Why the path is not a valid route, or null.</param>
    /// <returns>True when the path is a valid route.</returns>
    public static bool TryParse(
        string routePath,
        out EquatableArray<RouteSegment> segments,
        out string pattern,
        out int errorStatus,
        out string? error)
    {
        segments = EquatableArray<RouteSegment>.Empty;
        pattern = "";
        errorStatus = 0;

        var path = Normalize(routePath);
        if (!TryStripExtension(path, out var withoutExtension, out var isPage))
        {
            error = "the file name must end in '.page' or '.cs'";
            return false;
        }

        var names = withoutExtension.Split('/');
        var parsed = new List<RouteSegment>(names.Length);
        var parameterNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? restName = null;
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var isLast = i == names.Length - 1;
            if (isLast && string.Equals(name, "index", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (!TryParseSegment(name, isLast, parameterNames, out var segment, out error))
            {
                return false;
            }

            if (segment.Parts[0].Kind == RoutePartKind.CatchAll)
            {
                if (restName is not null)
                {
                    // Nothing could tell where one rest value ends and the next begins.
                    error = $"the rest parameters '[...{restName}]' and '[...{segment.Parts[0].Value}]' cannot share a route; use one, and '[param]' segments around it";
                    return false;
                }

                restName = segment.Parts[0].Value;
            }

            parsed.Add(segment);
        }

        segments = parsed.ToEquatableArray();
        pattern = RoutePatternWriter.Write(segments);
        if (isPage && names.Length == 1 && (withoutExtension == "404" || withoutExtension == "500"))
        {
            errorStatus = withoutExtension == "404" ? 404 : 500;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// False when a folder or the file name starts with <c>_</c> (<c>_partials/nav.page</c>, <c>_draft.page</c>):
    /// such files live under the pages root without being routed, as in Astro.
    /// </summary>
    /// <param name="routePath">The file path relative to the pages root.</param>
    /// <returns>True when the file gets a route.</returns>
    public static bool IsRoutable(string routePath)
    {
        foreach (var name in Normalize(routePath).Split('/'))
        {
            if (name.StartsWith("_", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The route path without its final <c>.page</c> or <c>.cs</c>, with <c>/</c> separators; the input itself when it has neither.</summary>
    /// <param name="routePath">The file path relative to the pages root.</param>
    /// <returns>E.g. <c>blog/[slug]</c> for <c>blog\[slug].page</c>.</returns>
    public static string WithoutExtension(string routePath)
    {
        var path = Normalize(routePath);
        return TryStripExtension(path, out var withoutExtension, out _) ? withoutExtension : path;
    }

    private static string Normalize(string routePath) => routePath.Replace('\\', '/');

    private static bool TryStripExtension(string path, out string withoutExtension, out bool isPage)
    {
        isPage = path.EndsWith(PageExtension, StringComparison.OrdinalIgnoreCase);
        var extension = isPage ? PageExtension
            : path.EndsWith(EndpointExtension, StringComparison.OrdinalIgnoreCase) ? EndpointExtension
            : null;
        withoutExtension = extension is null ? path : path.Substring(0, path.Length - extension.Length);
        return extension is not null;
    }

    private static bool TryParseSegment(
        string text,
        bool isLast,
        HashSet<string> parameterNames,
        out RouteSegment segment,
        out string? error)
    {
        segment = null!;
        if (text.Length == 0)
        {
            error = isLast ? "the file name is empty" : "it has an empty folder name";
            return false;
        }

        if (text == "." || text == "..")
        {
            error = $"'{text}' cannot be a route segment";
            return false;
        }

        var parts = new List<RoutePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ']')
            {
                error = $"']' in '{text}' has no opening '['";
                return false;
            }

            if (c == '?')
            {
                error = $"'?' cannot appear in a route ('{text}')";
                return false;
            }

            if (c != '[')
            {
                literal.Append(c);
                i++;
                continue;
            }

            var close = text.IndexOf(']', i + 1);
            var nextOpen = text.IndexOf('[', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                error = $"'[' in '{text}' has no closing ']'";
                return false;
            }

            if (literal.Length > 0)
            {
                parts.Add(new RoutePart(RoutePartKind.Static, literal.ToString()));
                literal.Clear();
            }
            else if (parts.Count > 0)
            {
                // Nothing could tell where one value ends and the next begins.
                error = $"the parameters in '{text}' must be separated by text, as in '[a]-[b]'";
                return false;
            }

            var inner = text.Substring(i + 1, close - i - 1);
            var isCatchAll = inner.StartsWith(CatchAllPrefix, StringComparison.Ordinal);
            var name = isCatchAll ? inner.Substring(CatchAllPrefix.Length) : inner;
            if (!TryAddParameter(text, inner, name, parameterNames, out error))
            {
                return false;
            }

            if (isCatchAll && text.Length != inner.Length + 2)
            {
                // ASP.NET Core allows a catch-all only as a whole segment.
                error = $"the catch-all '[{inner}]' must be a whole segment, not part of '{text}'";
                return false;
            }

            parts.Add(new RoutePart(isCatchAll ? RoutePartKind.CatchAll : RoutePartKind.Parameter, name));
            i = close + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(new RoutePart(RoutePartKind.Static, literal.ToString()));
        }

        segment = new RouteSegment(parts.ToEquatableArray());
        error = null;
        return true;
    }

    private static bool TryAddParameter(string text, string inner, string name, HashSet<string> parameterNames, out string? error)
    {
        if (name.Length == 0)
        {
            error = $"'[{inner}]' in '{text}' has no parameter name";
            return false;
        }

        if (!IsParameterName(name))
        {
            error = $"'{name}' is not a valid parameter name: use letters, digits and '_', not starting with a digit";
            return false;
        }

        if (!parameterNames.Add(name))
        {
            error = $"the parameter '{name}' appears more than once";
            return false;
        }

        error = null;
        return true;
    }

    private static bool IsParameterName(string name)
    {
        if (!(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
