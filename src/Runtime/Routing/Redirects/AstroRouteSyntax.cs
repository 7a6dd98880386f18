using System.Linq;
using System.Text;

namespace Pages;

/// <summary>
/// Reads a route written as Astro writes file routes (<c>/blog/[slug]</c>, <c>/docs/[...path]</c>), as redirects are
/// configured: into an ASP.NET Core route template (<c>/blog/{slug}</c>, <c>/docs/{**path}</c>), and into the URL it
/// names once its parameters have values.
/// </summary>
internal static class AstroRouteSyntax
{
    /// <summary>The ASP.NET Core route template of an Astro route path: <c>[x]</c> becomes <c>{x}</c>, <c>[...x]</c> <c>{**x}</c>, braces are escaped.</summary>
    /// <exception cref="ArgumentException">A bracket is not closed or a name is not a parameter name.</exception>
    public static string ToTemplate(string path)
    {
        var template = new StringBuilder(path.Length + 4);
        int index = 0;
        while (index < path.Length)
        {
            char c = path[index];
            if (c == '[')
            {
                (string name, bool rest, int end) = ReadParameter(path, index);
                template.Append(rest ? "{**" : "{").Append(name).Append('}');
                index = end;
                continue;
            }

            template.Append(c switch { '{' => "{{", '}' => "}}", _ => c.ToString() });
            index++;
        }

        return template.ToString();
    }

    /// <summary>The names of the parameters in <paramref name="path"/>, in order, with whether each is a rest parameter.</summary>
    public static List<(string Name, bool IsRest)> Parameters(string path)
    {
        var parameters = new List<(string, bool)>();
        for (int index = path.IndexOf('['); index >= 0; index = path.IndexOf('[', index))
        {
            (string name, bool rest, int end) = ReadParameter(path, index);
            parameters.Add((name, rest));
            index = end;
        }

        return parameters;
    }

    /// <summary>
    /// <paramref name="path"/> with each parameter replaced by its value, percent-encoded segment by segment; an empty
    /// rest parameter that fills a whole segment drops the segment (<c>/docs/[...path]</c> with "" is <c>/docs</c>).
    /// </summary>
    public static string Fill(string path, Func<string, string?> valueOf)
    {
        var url = new StringBuilder(path.Length + 16);
        int index = 0;
        while (index < path.Length)
        {
            if (path[index] != '[')
            {
                url.Append(path[index++]);
                continue;
            }

            (string name, bool rest, int end) = ReadParameter(path, index);
            string value = valueOf(name) ?? "";
            if (rest)
            {
                value = value.Trim('/');
            }

            bool wholeSegment = url.Length > 0 && url[^1] == '/' && (end == path.Length || path[end] is '/' or '?' or '#');
            if (value.Length == 0 && wholeSegment)
            {
                url.Length--;
            }
            else
            {
                url.Append(ExportPaths.Encode(value));
            }

            index = end;
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static (string Name, bool IsRest, int End) ReadParameter(string path, int open)
    {
        int close = path.IndexOf(']', open);
        if (close < 0)
        {
            throw new ArgumentException($"The route \"{path}\" opens a parameter with '[' at {open} and never closes it with ']'.", nameof(path));
        }

        string inside = path[(open + 1)..close];
        bool rest = inside.StartsWith("...", StringComparison.Ordinal);
        string name = rest ? inside[3..] : inside;
        if (!IsName(name))
        {
            throw new ArgumentException(
                $"The route \"{path}\" has the parameter [{inside}]; a parameter name is a letter or '_' followed by letters, digits or '_' ([slug], [...path]).", nameof(path));
        }

        return (name, rest, close + 1);
    }

    private static bool IsName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
