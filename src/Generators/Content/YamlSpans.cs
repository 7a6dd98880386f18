using Pages.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Generators.Content;

/// <summary>Turns YamlDotNet positions (relative to the frontmatter text) into spans of the <c>.md</c> file.</summary>
internal readonly struct YamlSpans(int yamlStart, int firstYamlLine)
{
    public SourceSpan Of(YamlNode node) => Of(node.Start, node.End);

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
}
