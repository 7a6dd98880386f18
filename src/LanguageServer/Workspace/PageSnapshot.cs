using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Pages.Generators.Mapping;
using Pages.LanguageServer.Protocol;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// One <c>.page</c> at one moment, ready for a request: its text, the generated C# document Roslyn compiled from it
/// (null when the project did not load or the page generated nothing) and the map between the two.
/// </summary>
internal sealed record PageSnapshot(string PagePath, SourceText PageText, Document? Generated, SourceText? GeneratedText, PageSourceMap? Map)
{
    /// <summary>The page offset of an LSP position, clamped to the text.</summary>
    public int ToOffset(Position position) => TextPositions.ToOffset(PageText, position);

    /// <summary>The LSP position of a page offset.</summary>
    public Position ToPosition(int offset) => TextPositions.ToPosition(PageText, offset);

    /// <summary>The generated offset of an LSP position in the page, or null where the page has no C#.</summary>
    public int? ToGenerated(Position position) => Map?.ToGenerated(ToOffset(position));

    /// <summary>The page range of a generated span, or null when the span is not mapped into this page.</summary>
    public Protocol.Range? ToPageRange(TextSpan generatedSpan)
    {
        if (Map is null || Map.ToPage(generatedSpan.Start) is not { } start || Map.ToPage(generatedSpan.End) is not { } end)
        {
            return null;
        }
        return new Protocol.Range(ToPosition(start), ToPosition(Math.Max(start, end)));
    }
}
