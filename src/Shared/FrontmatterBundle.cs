using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Pages.Build;

/// <summary>
/// The one file in <c>obj/</c> that holds every content file's frontmatter (docs/content.md, "Frontmatter and body:
/// what a build compiles"). The build task <c>CollectFrontmatter</c> writes it and the generator reads it in place of the
/// <c>.md</c> files, so that a body edit changes no input of the compile. One source file compiled into both assemblies
/// (netstandard2.0): the format has one writer and one reader.
/// <para>
/// Format: one record per content file, in ordinal order of their paths; a record is a header line
/// <c>&lt;length&gt; &lt;path under the content root, with /&gt;</c>, then exactly <c>length</c> characters of text, then a line
/// feed. The text is the file's first line through its closing <c>---</c> line, as it is in the file (so that line and
/// column of a diagnostic are the file's), or the whole file when it has no closed frontmatter (the generator reports
/// it).
/// </para>
/// </summary>
internal static class FrontmatterBundle
{
    /// <summary>
    /// The text of <paramref name="fileText"/> that the generator needs: from its start through the line feed after the
    /// closing <c>---</c> line (whitespace other than a line feed may follow either fence), or all of it when its first
    /// line is no fence or the frontmatter never closes. The same text as the regular expression the build targets used
    /// before, <c>\A(?:---[^\S\n]*\n(?:[^\n]*\n)*?---[^\S\n]*(?:\n|\z)|[\s\S]*)</c>.
    /// </summary>
    public static string Extract(string fileText)
    {
        var first = FenceLineEnd(fileText, 0);
        if (first < 0 || fileText[first - 1] != '\n')
        {
            return fileText;
        }
        var line = first;
        while (line < fileText.Length)
        {
            var end = FenceLineEnd(fileText, line);
            if (end >= 0)
            {
                return fileText.Substring(0, end);
            }
            var feed = fileText.IndexOf('\n', line);
            if (feed < 0)
            {
                break;
            }
            line = feed + 1;
        }
        return fileText;
    }

    /// <summary>Appends one record.</summary>
    public static void Append(StringBuilder bundle, string relativePath, string text)
    {
        bundle.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(relativePath).Append('\n')
            .Append(text).Append('\n');
    }

    /// <summary>
    /// The records of <paramref name="bundle"/>, path then text, in file order. Never throws: reading stops at the first
    /// record that is not well formed (a file cut short), and the records before it are returned.
    /// </summary>
    public static List<KeyValuePair<string, string>> Read(string bundle)
    {
        var records = new List<KeyValuePair<string, string>>();
        var position = 0;
        while (position < bundle.Length)
        {
            var space = bundle.IndexOf(' ', position);
            var feed = space < 0 ? -1 : bundle.IndexOf('\n', space);
            if (feed < 0
                || !int.TryParse(bundle.Substring(position, space - position), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length > bundle.Length - feed - 2
                || bundle[feed + 1 + length] != '\n')
            {
                break;
            }
            records.Add(new KeyValuePair<string, string>(bundle.Substring(space + 1, feed - space - 1), bundle.Substring(feed + 1, length)));
            position = feed + 1 + length + 1;
        }
        return records;
    }

    // Where the line at `start` ends (just after its line feed, or the text's end) if it is a fence: `---` followed by
    // nothing but whitespace other than a line feed (the `\r` of a CRLF file included); -1 otherwise.
    private static int FenceLineEnd(string text, int start)
    {
        if (text.Length - start < 3 || string.CompareOrdinal(text, start, "---", 0, 3) != 0)
        {
            return -1;
        }
        var i = start + 3;
        while (i < text.Length && text[i] != '\n' && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        if (i == text.Length)
        {
            return i;
        }
        return text[i] == '\n' ? i + 1 : -1;
    }
}
