using System.Net;

namespace Pages;

/// <summary>
/// Reads the links and the fragment targets of an exported HTML page: every <c>href</c> and <c>src</c> attribute value,
/// and every <c>id</c> (and <c>&lt;a name&gt;</c>). A tokenizer of tags and attributes only, as the HTML standard
/// splits them: comments, doctypes and end tags are skipped, and the raw text of <c>script</c>, <c>style</c>,
/// <c>textarea</c> and <c>title</c> is not read as markup, so a URL in a script string is not taken for a link.
/// </summary>
internal static class HtmlLinkScanner
{
    private static readonly string[] s_rawTextElements = ["script", "style", "textarea", "title"];

    /// <summary>Scans <paramref name="html"/>; attribute values are returned with their character references decoded.</summary>
    /// <param name="html">A whole HTML document.</param>
    /// <returns>The link URLs in document order, and the set of ids.</returns>
    public static (List<string> Links, HashSet<string> Ids) Scan(string html)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
            {
                // An end tag, a doctype, a processing instruction or a stray '<': nothing to read up to its '>'.
                i = html[Math.Min(i + 1, html.Length - 1)] is '/' or '!' or '?' ? SkipPast(html, i, '>') : i + 1;
                continue;
            }

            int nameStart = i + 1;
            i = nameStart;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '>' and not '/')
            {
                i++;
            }

            ReadOnlySpan<char> tag = html.AsSpan(nameStart, i - nameStart);
            i = ReadAttributes(html, i, tag.Equals("a", StringComparison.OrdinalIgnoreCase), links, ids);
            foreach (string raw in s_rawTextElements)
            {
                if (tag.Equals(raw, StringComparison.OrdinalIgnoreCase))
                {
                    int close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : close;
                    break;
                }
            }
        }

        return (links, ids);
    }

    /// <summary>Reads a start tag's attributes from after its name to after its <c>&gt;</c>.</summary>
    private static int ReadAttributes(string html, int i, bool isAnchor, List<string> links, HashSet<string> ids)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                return i + 1;
            }

            int nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
            {
                i++;
            }

            ReadOnlySpan<char> name = html.AsSpan(nameStart, i - nameStart);
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            int valueStart;
            int valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                char quote = html[i];
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                i = Math.Min(html.Length, valueEnd + 1);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            bool isLink = name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase);
            bool isId = name.Equals("id", StringComparison.OrdinalIgnoreCase) || (isAnchor && name.Equals("name", StringComparison.OrdinalIgnoreCase));
            if (isLink || isId)
            {
                string value = html.Substring(valueStart, valueEnd - valueStart);
                value = value.Contains('&') ? WebUtility.HtmlDecode(value) : value;
                if (isLink)
                {
                    links.Add(value);
                }
                else
                {
                    ids.Add(value);
                }
            }
        }

        return i;
    }

    private static int SkipPast(string html, int from, char c)
    {
        int end = html.IndexOf(c, from);
        return end < 0 ? html.Length : end + 1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
