using Microsoft.CodeAnalysis.Text;
using Pages.LanguageServer.Protocol;

namespace Pages.LanguageServer.Workspace;

/// <summary>LSP positions (0-based line, UTF-16 column) and offsets of a text, both ways, clamped to the text.</summary>
internal static class TextPositions
{
    public static int ToOffset(SourceText text, Position position)
    {
        var lines = text.Lines;
        if (position.Line >= lines.Count)
        {
            return text.Length;
        }
        var line = lines[Math.Max(0, position.Line)];
        return Math.Min(line.Start + Math.Max(0, position.Character), line.End);
    }

    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.Lines.GetLinePosition(Math.Clamp(offset, 0, text.Length));
        return new Position(position.Line, position.Character);
    }
}
