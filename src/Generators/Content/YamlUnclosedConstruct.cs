using System.Collections.Generic;

namespace Pages.Generators.Content;

/// <summary>
/// Finds where YAML that ends too early opened what it never closed: YamlDotNet reports such input (an unclosed
/// <c>[</c>, <c>{</c> or quote) with an exception that carries no position, and a diagnostic at the file's first
/// line would send the reader looking in the wrong place.
/// </summary>
internal static class YamlUnclosedConstruct
{
    /// <summary>
    /// The offset (into <paramref name="yaml"/>) of the outermost flow collection or quoted scalar left open, or
    /// else of the last non-blank line's first character.
    /// </summary>
    public static int Find(string yaml)
    {
        var openers = new Stack<int>();
        var lastLine = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                continue;
            }
            if (!char.IsWhiteSpace(c) && (i == 0 || yaml[i - 1] == '\n' || IsBlankBefore(yaml, i)))
            {
                lastLine = LineStart(yaml, i);
            }
            if (c == '#' && (i == 0 || char.IsWhiteSpace(yaml[i - 1])))
            {
                i = SkipToLineEnd(yaml, i);
            }
            else if (c is '[' or '{')
            {
                openers.Push(i);
            }
            else if (c is ']' or '}' && openers.Count > 0)
            {
                openers.Pop();
            }
            else if (c is '"' or '\'' && StartsScalar(yaml, i))
            {
                var close = QuoteEnd(yaml, i);
                if (close < 0)
                {
                    return i;
                }
                i = close;
            }
        }
        var outermost = lastLine;
        foreach (var opener in openers)
        {
            outermost = opener; // the stack enumerates innermost first; the last one seen is the outermost
        }
        return outermost;
    }

    private static bool IsBlankBefore(string yaml, int i)
    {
        for (var k = i - 1; k >= 0 && yaml[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(yaml[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static int LineStart(string yaml, int i)
    {
        while (i > 0 && yaml[i - 1] != '\n')
        {
            i--;
        }
        return i;
    }

    private static int SkipToLineEnd(string yaml, int i)
    {
        var end = yaml.IndexOf('\n', i);
        return end < 0 ? yaml.Length - 1 : end - 1;
    }

    /// <summary>A quote starts a scalar where a value may start: at a line's start, or after <c>: [ { , -</c> and spaces.</summary>
    private static bool StartsScalar(string yaml, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            var c = yaml[k];
            if (c == '\n')
            {
                return true;
            }
            if (c is ' ' or '\t')
            {
                continue;
            }
            return c is ':' or '[' or '{' or ',' or '-' or '?';
        }
        return true;
    }

    /// <summary>The closing quote's offset, or -1: <c>"</c> escapes with a backslash, <c>'</c> with a doubled quote.</summary>
    private static int QuoteEnd(string yaml, int open)
    {
        var quote = yaml[open];
        for (var k = open + 1; k < yaml.Length; k++)
        {
            if (quote == '"' && yaml[k] == '\\')
            {
                k++;
            }
            else if (yaml[k] == quote)
            {
                if (quote == '\'' && k + 1 < yaml.Length && yaml[k + 1] == '\'')
                {
                    k++;
                    continue;
                }
                return k;
            }
        }
        return -1;
    }
}
