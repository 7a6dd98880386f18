using System;
using System.Collections.Generic;
using Pages.Generators.Parsing;

namespace Pages.Generators.Mapping;

/// <summary>
/// Maps positions between one <c>.page</c> file and the C# generated from it, both ways, by reading the
/// <c>#line</c> directives <see cref="LineMapping"/> wrote into that C#: the same spans the compiler uses to put
/// errors and breakpoints in the page. Offsets on both sides are 0-based UTF-16 code units.
/// </summary>
internal sealed class PageSourceMap
{
    private readonly List<MappedRegion> _regions;

    private PageSourceMap(List<MappedRegion> regions) => _regions = regions;

    /// <summary>The regions, in the order of the generated text.</summary>
    public IReadOnlyList<MappedRegion> Regions => _regions;

    /// <summary>Whether <paramref name="generatedText"/> holds code mapped to <paramref name="pagePath"/>.</summary>
    public static bool Maps(string generatedText, string pagePath) =>
        generatedText.IndexOf(LineMapping.Quote(pagePath), StringComparison.Ordinal) >= 0;

    /// <summary>Reads the regions of <paramref name="generatedText"/> that map to <paramref name="pagePath"/>, whose text is <paramref name="pageText"/>.</summary>
    public static PageSourceMap Create(string generatedText, string pagePath, string pageText)
    {
        var page = new LineMap(pageText);
        var generated = new LineMap(generatedText);
        var regions = new List<MappedRegion>();
        var quotedPath = pagePath.Replace("\"", "");
        LineDirective? current = null;
        var currentFirstLine = 0;
        var lineCount = generated.LineCount;

        for (var line = 1; line <= lineCount; line++)
        {
            var lineStart = generated.Offset(line, 1);
            var lineEnd = line < lineCount ? LineEndWithoutBreak(generatedText, generated.Offset(line + 1, 1)) : generatedText.Length;
            var text = generatedText.Substring(lineStart, lineEnd - lineStart);

            if (text.TrimStart().StartsWith("#line", StringComparison.Ordinal))
            {
                var directive = LineDirective.TryParse(text);
                if (directive is not null)
                {
                    current = directive.Kind != LineDirectiveKind.Hidden && directive.FilePath == quotedPath ? directive : null;
                    currentFirstLine = line + 1;
                    continue;
                }
            }
            if (current is null)
            {
                continue;
            }

            if (current.Kind == LineDirectiveKind.Span)
            {
                // The span's code starts at the directive's column of this line and has the span's length in the page.
                var pageStart = page.Offset(current.Line, current.Column);
                var pageLength = page.Offset(current.EndLine, current.EndColumn) - pageStart;
                var generatedStart = lineStart + current.GeneratedColumn;
                var generatedLength = Math.Max(0, Math.Min(pageLength, generatedText.Length - generatedStart));
                regions.Add(new MappedRegion(generatedStart, generatedLength, pageStart, pageLength));
                current = null; // a span directive governs the code that follows it, read once
                continue;
            }

            // A line directive: generated line k after it is page line n + k, column for column.
            var pageLine = current.Line + (line - currentFirstLine);
            var pageLineStart = page.Offset(pageLine, 1);
            var pageLineLength = page.Offset(pageLine, int.MaxValue) - pageLineStart;
            var length = Math.Min(pageLineLength, text.Length);
            regions.Add(new MappedRegion(lineStart, length, pageLineStart, length));
        }
        return new PageSourceMap(regions);
    }

    /// <summary>
    /// The generated offset of <paramref name="pageOffset"/>, or null where the page has no C# (template markup).
    /// A position at the end of a region (a caret after <c>product.</c>) belongs to it.
    /// </summary>
    public int? ToGenerated(int pageOffset)
    {
        MappedRegion? atEnd = null;
        foreach (var region in _regions)
        {
            if (pageOffset >= region.PageStart && pageOffset < region.PageEnd)
            {
                return region.GeneratedStart + Math.Min(pageOffset - region.PageStart, region.GeneratedLength);
            }
            if (pageOffset == region.PageEnd && atEnd is null)
            {
                atEnd = region;
            }
        }
        return atEnd is { } end ? end.GeneratedEnd : null;
    }

    /// <summary>The page offset of <paramref name="generatedOffset"/>, or null where the generated code is the generator's own.</summary>
    public int? ToPage(int generatedOffset)
    {
        foreach (var region in _regions)
        {
            if (generatedOffset >= region.GeneratedStart && generatedOffset <= region.GeneratedEnd)
            {
                return region.PageStart + Math.Min(generatedOffset - region.GeneratedStart, region.PageLength);
            }
        }
        return null;
    }

    private static int LineEndWithoutBreak(string text, int nextLineStart)
    {
        var end = nextLineStart;
        if (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }
        if (end > 0 && text[end - 1] == '\r')
        {
            end--;
        }
        else if (end > 0 && (text[end - 1] == '\u0085' || text[end - 1] == '\u2028' || text[end - 1] == '\u2029'))
        {
            end--;
        }
        return end;
    }
}
