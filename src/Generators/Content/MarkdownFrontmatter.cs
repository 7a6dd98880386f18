namespace Pages.Generators.Content;

/// <summary>
/// Splits a Markdown file into its YAML frontmatter (between a first line <c>---</c> and the next <c>---</c>
/// line) and its body. Offsets are UTF-16 code units into the file's text; CRLF and LF are both line ends.
/// </summary>
internal readonly record struct MarkdownFrontmatter(bool Closed, string Yaml, int YamlStart, int BodyStart)
{
    /// <summary>The file line (1-based) of the YAML's first line.</summary>
    public int FirstYamlLine => 2;

    public static MarkdownFrontmatter Split(string text)
    {
        var firstEnd = LineEnd(text, 0, out var next);
        if (text.Substring(0, firstEnd).TrimEnd() != "---")
        {
            return new MarkdownFrontmatter(true, "", 0, 0);
        }
        var yamlStart = next;
        var position = next;
        while (position < text.Length)
        {
            var end = LineEnd(text, position, out var after);
            if (text.Substring(position, end - position).TrimEnd() == "---")
            {
                return new MarkdownFrontmatter(true, text.Substring(yamlStart, position - yamlStart), yamlStart, after);
            }
            position = after;
        }
        return new MarkdownFrontmatter(false, "", yamlStart, text.Length);
    }

    /// <summary>The index of the line break ending the line at <paramref name="start"/>; <paramref name="next"/> is the next line's start.</summary>
    private static int LineEnd(string text, int start, out int next)
    {
        var index = text.IndexOf('\n', start);
        if (index < 0)
        {
            next = text.Length;
            return text.Length;
        }
        next = index + 1;
        return index > start && text[index - 1] == '\r' ? index - 1 : index;
    }
}
