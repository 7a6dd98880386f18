using System.Text.RegularExpressions;

namespace Pages.LanguageServer.Handlers;

/// <summary>
/// Where the caret is inside an unfinished component tag of the template: typing its name (<c>&lt;Ca|</c>) or
/// between its attributes (<c>&lt;Card |</c>). Only tag boundaries are read here; C# inside the tag (<c>{...}</c>
/// values) is left to Roslyn. Component tags start with an upper-case letter (docs/components.md).
/// </summary>
internal sealed partial record TagContext(string ComponentName, bool InName, int NameStart)
{
    /// <summary>The tag context at <paramref name="offset"/>, or null when the caret is not in a component tag's name or attribute list.</summary>
    public static TagContext? At(string text, int offset)
    {
        var templateStart = TemplateStart(text);
        var open = text.LastIndexOf('<', Math.Max(0, offset - 1));
        if (open < templateStart || open < 0)
        {
            return null;
        }
        var inside = text.AsSpan(open + 1, offset - open - 1);
        var name = TagName().Match(inside.ToString());
        if (!name.Success)
        {
            return null;
        }
        if (name.Length == inside.Length)
        {
            return new TagContext(name.Value, true, open + 1);
        }
        // After the name: only between attributes, never inside a quoted value or a {…} expression, and not past '>'.
        var depth = 0;
        char? quote = null;
        for (var i = name.Length; i < inside.Length; i++)
        {
            var c = inside[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && (c == '"' || c == '\''))
            {
                quote = c;
            }
            else if (depth == 0 && c == '>')
            {
                return null;
            }
        }
        var between = depth == 0 && quote is null && char.IsWhiteSpace(inside[^1]);
        return between ? new TagContext(name.Value, false, open + 1) : null;
    }

    /// <summary>The offset after the frontmatter's closing fence (0 without frontmatter).</summary>
    private static int TemplateStart(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return close < 0 ? text.Length : close + 4;
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9_.]*")]
    private static partial Regex TagName();
}
