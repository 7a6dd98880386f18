using System.Net;
using System.Text;

namespace Pages;

/// <summary>
/// Reads the links and the fragment targets of an exported HTML page: every <c>href</c> and <c>src</c> attribute value,
/// and every <c>id</c> (and <c>&lt;a name&gt;</c>). A tokenizer of tags and attributes only, as the HTML standard
/// splits them: comments, doctypes and end tags are skipped, and the raw text of <c>script</c>, <c>style</c>,
/// <c>textarea</c> and <c>title</c> is not read as markup, so a URL in a script string is not taken for a link.
/// </summary>
/// <remarks>
/// It reads the UTF-8 bytes the export wrote, without decoding the page into a string: every delimiter is ASCII, and
/// only the attribute values it keeps become strings. The export runs it on thousands of pages while rendering them.
/// </remarks>
internal static class HtmlLinkScanner
{
    private static readonly byte[][] s_rawTextElements = ["script"u8.ToArray(), "style"u8.ToArray(), "textarea"u8.ToArray(), "title"u8.ToArray()];

    /// <summary>Scans a page given as text (tests, and HTML read from the web root).</summary>
    public static (List<string> Links, HashSet<string> Ids) Scan(string html) => Scan(Encoding.UTF8.GetBytes(html));

    /// <summary>Scans <paramref name="html"/>; attribute values are returned with their character references decoded.</summary>
    /// <param name="html">A whole HTML document, UTF-8.</param>
    /// <returns>The link URLs in document order, and the set of ids.</returns>
    public static (List<string> Links, HashSet<string> Ids) Scan(ReadOnlySpan<byte> html)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < html.Length)
        {
            int open = html[i..].IndexOf((byte)'<');
            if (open < 0)
            {
                break;
            }

            i += open;
            if (html[i..].StartsWith("<!--"u8))
            {
                int end = html[(i + 4)..].IndexOf("-->"u8);
                i = end < 0 ? html.Length : i + 4 + end + 3;
                continue;
            }

            if (i + 1 >= html.Length || !char.IsAsciiLetter((char)html[i + 1]))
            {
                // An end tag, a doctype, a processing instruction or a stray '<': nothing to read up to its '>'.
                i = i + 1 < html.Length && html[i + 1] is (byte)'/' or (byte)'!' or (byte)'?' ? SkipPast(html, i, (byte)'>') : i + 1;
                continue;
            }

            int nameStart = i + 1;
            i = nameStart;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not (byte)'>' and not (byte)'/')
            {
                i++;
            }

            ReadOnlySpan<byte> tag = html[nameStart..i];
            i = ReadAttributes(html, i, tag.Length == 1 && (tag[0] | 0x20) == 'a', links, ids);
            foreach (byte[] raw in s_rawTextElements)
            {
                if (System.Text.Ascii.EqualsIgnoreCase(tag, raw))
                {
                    i = SkipRawText(html, i, raw);
                    break;
                }
            }
        }

        return (links, ids);
    }

    /// <summary>Reads a start tag's attributes from after its name to after its <c>&gt;</c>.</summary>
    private static int ReadAttributes(ReadOnlySpan<byte> html, int i, bool isAnchor, List<string> links, HashSet<string> ids)
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
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not (byte)'=' and not (byte)'>' and not (byte)'/')
            {
                i++;
            }

            ReadOnlySpan<byte> name = html[nameStart..i];
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
            if (i < html.Length && html[i] is (byte)'"' or (byte)'\'')
            {
                byte quote = html[i];
                valueStart = i + 1;
                int close = html[valueStart..].IndexOf(quote);
                valueEnd = close < 0 ? html.Length : valueStart + close;
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

            bool isLink = System.Text.Ascii.EqualsIgnoreCase(name, "href"u8) || System.Text.Ascii.EqualsIgnoreCase(name, "src"u8);
            bool isId = System.Text.Ascii.EqualsIgnoreCase(name, "id"u8) || (isAnchor && System.Text.Ascii.EqualsIgnoreCase(name, "name"u8));
            if (isLink || isId)
            {
                ReadOnlySpan<byte> bytes = html[valueStart..valueEnd];
                string value = Encoding.UTF8.GetString(bytes);
                value = bytes.Contains((byte)'&') ? WebUtility.HtmlDecode(value) : value;
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

    /// <summary>The position of the end tag that closes a raw-text element (<c>&lt;/script</c>, any case).</summary>
    private static int SkipRawText(ReadOnlySpan<byte> html, int i, byte[] name)
    {
        while (i < html.Length)
        {
            int close = html[i..].IndexOf("</"u8);
            if (close < 0)
            {
                return html.Length;
            }

            i += close;
            int nameEnd = i + 2 + name.Length;
            if (nameEnd <= html.Length && System.Text.Ascii.EqualsIgnoreCase(html[(i + 2)..nameEnd], name))
            {
                return i;
            }

            i += 2;
        }

        return html.Length;
    }

    private static int SkipPast(ReadOnlySpan<byte> html, int from, byte c)
    {
        int end = html[from..].IndexOf(c);
        return end < 0 ? html.Length : from + end + 1;
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
}
