namespace Pages.Generators.Parsing;

/// <summary>
/// Finds where a piece of C# embedded in a template ends (the <c>}</c> of a hole, the <c>)</c> of a header,
/// the <c>:</c> of a case label) without parsing it: it skips nested brackets, string and char literals
/// (regular, verbatim, interpolated with nested holes, raw) and comments, so braces inside them do not count.
/// </summary>
internal static class CSharpScanner
{
    // Deeper nesting of interpolated strings than this is treated as unterminated instead of risking the stack.
    private const int MaxInterpolationDepth = 64;

    /// <summary>
    /// Scans from <paramref name="start"/> to the first <paramref name="close"/> that is not nested
    /// (or, with <paramref name="stopAtColon"/>, to the first top-level <c>:</c> that is not part of <c>::</c>).
    /// </summary>
    public static CSharpScan Scan(string text, int start, char close, bool stopAtColon = false)
        => Scan(text, start, close, stopAtColon, 0);

    private static CSharpScan Scan(string text, int start, char close, bool stopAtColon, int interpolationDepth)
    {
        var depth = 0;
        var firstColon = -1;
        var hasCode = false;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = SkipLineComment(text, i);
                continue;
            }
            if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    return CSharpScan.NotFound;
                }
                i = end + 2;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (depth == 0 && c == close)
            {
                return new CSharpScan(i, firstColon, hasCode, stoppedAtColon: false);
            }

            hasCode = true;
            switch (c)
            {
                case '(':
                case '[':
                case '{':
                    depth++;
                    i++;
                    break;
                case ')':
                case ']':
                case '}':
                    if (depth > 0)
                    {
                        depth--;
                    }
                    i++;
                    break;
                case ':':
                    if (next == ':')
                    {
                        i += 2;
                        break;
                    }
                    if (depth == 0)
                    {
                        if (stopAtColon)
                        {
                            return new CSharpScan(i, i, hasCode, stoppedAtColon: true);
                        }
                        if (firstColon < 0)
                        {
                            firstColon = i;
                        }
                    }
                    i++;
                    break;
                case '"':
                case '$':
                case '@':
                    i = SkipStringLiteral(text, i, interpolationDepth);
                    if (i < 0)
                    {
                        return CSharpScan.NotFound;
                    }
                    break;
                case '\'':
                    i = SkipCharLiteral(text, i);
                    break;
                default:
                    i++;
                    break;
            }
        }
        return CSharpScan.NotFound;
    }

    private static int SkipLineComment(string text, int i)
    {
        while (i < text.Length && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }
        return i;
    }

    // A char literal ends at its closing quote; an unterminated one ends at the line end, as the C# lexer does.
    private static int SkipCharLiteral(string text, int i)
    {
        var k = i + 1;
        while (k < text.Length)
        {
            var c = text[k];
            if (c == '\\')
            {
                k += 2;
                continue;
            }
            if (c == '\'')
            {
                return k + 1;
            }
            if (c == '\n' || c == '\r')
            {
                return k;
            }
            k++;
        }
        return text.Length;
    }

    // Returns the index after the literal starting at i ('$', '@' or '"'), i + 1 when there is none, -1 when unterminated.
    private static int SkipStringLiteral(string text, int i, int interpolationDepth)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < text.Length && text[j] == '$')
        {
            dollars++;
            j++;
        }
        if (j < text.Length && text[j] == '@')
        {
            verbatim = true;
            j++;
            while (j < text.Length && text[j] == '$')
            {
                dollars++;
                j++;
            }
        }
        if (j >= text.Length || text[j] != '"')
        {
            return i + 1;
        }
        if (interpolationDepth >= MaxInterpolationDepth)
        {
            return -1;
        }

        var quotes = CountRun(text, j, '"');
        if (quotes >= 3 && !verbatim)
        {
            return SkipRawString(text, j, quotes, dollars, interpolationDepth);
        }
        return SkipQuotedString(text, j + 1, verbatim, dollars > 0, interpolationDepth);
    }

    private static int SkipQuotedString(string text, int k, bool verbatim, bool interpolated, int interpolationDepth)
    {
        while (k < text.Length)
        {
            var c = text[k];
            if (c == '\\' && !verbatim)
            {
                k += 2;
                continue;
            }
            if (c == '"')
            {
                if (verbatim && k + 1 < text.Length && text[k + 1] == '"')
                {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            if (!verbatim && (c == '\n' || c == '\r'))
            {
                return k; // unterminated regular string: the compiler reports it
            }
            if (interpolated && c == '{')
            {
                if (k + 1 < text.Length && text[k + 1] == '{')
                {
                    k += 2;
                    continue;
                }
                var hole = Scan(text, k + 1, '}', stopAtColon: false, interpolationDepth + 1);
                if (!hole.Found)
                {
                    return -1;
                }
                k = hole.Stop + 1;
                continue;
            }
            k++;
        }
        return -1;
    }

    private static int SkipRawString(string text, int j, int quotes, int dollars, int interpolationDepth)
    {
        var k = j + quotes;
        while (k < text.Length)
        {
            var c = text[k];
            if (c == '"')
            {
                var run = CountRun(text, k, '"');
                if (run >= quotes)
                {
                    return k + run;
                }
                k += run;
                continue;
            }
            if (dollars > 0 && c == '{')
            {
                var run = CountRun(text, k, '{');
                if (run < dollars)
                {
                    k += run;
                    continue;
                }
                var hole = Scan(text, k + run, '}', stopAtColon: false, interpolationDepth + 1);
                if (!hole.Found)
                {
                    return -1;
                }
                k = hole.Stop + 1;
                for (var n = 1; n < dollars && k < text.Length && text[k] == '}'; n++)
                {
                    k++;
                }
                continue;
            }
            k++;
        }
        return -1;
    }

    private static int CountRun(string text, int k, char c)
    {
        var n = 0;
        while (k + n < text.Length && text[k + n] == c)
        {
            n++;
        }
        return n;
    }
}
