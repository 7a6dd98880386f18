using Pages.Generators.Model;
using YamlDotNet.Core;

namespace Pages.Generators.Content;

/// <summary>Turns YamlDotNet positions (relative to the frontmatter text) into spans of the <c>.md</c> file.</summary>
internal readonly struct YamlSpans(int yamlStart, int firstYamlLine)
{
    public SourceSpan Of(FrontmatterNode node) => Of(node.Start, node.End);

    public SourceSpan Of(Mark start, Mark end)
    {
        var startIndex = yamlStart + (int)start.Index;
        var endIndex = System.Math.Max(startIndex, yamlStart + (int)end.Index);
        var endLine = (int)end.Line + firstYamlLine - 1;
        var endColumn = (int)end.Column;
        if (end.Index < start.Index || end.Line == 0)
        {
            endLine = (int)start.Line + firstYamlLine - 1;
            endColumn = (int)start.Column;
        }
        return new SourceSpan(startIndex, endIndex, (int)start.Line + firstYamlLine - 1, (int)start.Column, endLine, endColumn);
    }

    /// <summary>The span of one character at <paramref name="offset"/> of <paramref name="yaml"/> (LF or CRLF line ends).</summary>
    public SourceSpan At(string yaml, int offset)
    {
        var line = firstYamlLine;
        var lineStart = 0;
        for (var i = 0; i < offset && i < yaml.Length; i++)
        {
            if (yaml[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        var column = offset - lineStart + 1;
        var end = System.Math.Min(offset + 1, yaml.Length);
        return new SourceSpan(yamlStart + offset, yamlStart + end, line, column, line, column + (end - offset));
    }
}
