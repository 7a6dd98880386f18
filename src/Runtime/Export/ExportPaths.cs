using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// Turns a route and a static path into what the export requests and writes: the URL path (in the form the
/// trailing-slash setting gives) and the file under the output folder (in the build format's shape).
/// </summary>
internal static class ExportPaths
{
    /// <summary>The decoded URL path of <paramref name="pattern"/> with <paramref name="path"/>'s params, without a trailing slash.</summary>
    /// <exception cref="InvalidOperationException">A param is unsafe as a file path (see <see cref="ExportPathSafety"/>).</exception>
    public static string Build(RoutePattern pattern, StaticPath? path, string sourceFile)
    {
        var builder = new StringBuilder();
        foreach (RoutePatternPathSegment segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (RoutePatternPart part in segment.Parts)
            {
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Value(parameter, path, pattern, sourceFile),
                    _ => "",
                });
            }

            if (text.Length > 0)
            {
                builder.Append('/').Append(text.ToString().TrimEnd('/'));
            }
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary>The path in the form the export requests: <c>/about/</c> under <see cref="TrailingSlash.Always"/>, else <c>/about</c>.</summary>
    public static string RequestForm(string path, TrailingSlash trailingSlash, RouteTableEntryKind kind) =>
        trailingSlash == TrailingSlash.Always && kind != RouteTableEntryKind.Endpoint && path != "/" ? path + "/" : path;

    /// <summary>The file a route's answer is written to, relative to the output folder, with <c>/</c> separators.</summary>
    public static string File(string path, RouteTableEntryKind kind, BuildFormat format, int? errorStatus)
    {
        if (errorStatus is int status)
        {
            return $"{status}.html";
        }

        string relative = path.Trim('/');
        if (kind == RouteTableEntryKind.Endpoint)
        {
            return relative.Length == 0 ? "index.html" : relative;
        }

        if (relative.Length == 0)
        {
            return "index.html";
        }

        return format == BuildFormat.File ? relative + ".html" : relative + "/index.html";
    }

    /// <summary>The path with each segment percent-encoded, as a URL or a request target holds it.</summary>
    public static string Encode(string path)
    {
        string[] segments = path.Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static string Value(RoutePatternParameterPart parameter, StaticPath? path, RoutePattern pattern, string sourceFile)
    {
        string? value = null;
        path?.Params.TryGetValue(parameter.Name, out value);
        value ??= "";
        if (ExportPathSafety.Problem(value, parameter.IsCatchAll) is string problem)
        {
            throw new InvalidOperationException(
                $"{sourceFile}: refused the static path {path} of {pattern.RawText}: the param '{parameter.Name}' = \"{value}\" is not a safe file path: {problem}.");
        }

        return value;
    }
}
