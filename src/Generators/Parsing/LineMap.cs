using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// Turns character offsets of a .page file into 1-based lines and columns, as Roslyn counts them:
/// UTF-16 code units, a tab is one column, CR, LF, CRLF, NEL, LS and PS end a line.
/// Offsets count a leading BOM (U+FEFF) when the text has one, but the BOM takes no column:
/// the first character after it is at 1:1, so positions match the file as an editor shows it.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;
    private readonly bool _hasBom;

    public LineMap(string text)
    {
        _length = text.Length;
        _hasBom = text.Length > 0 && text[0] == '\uFEFF';
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > '\r' && c < '\u0085')
            {
                continue; // the common case: no line break is in this range
            }
            var length = LineBreakLength(text, i, text.Length);
            if (length > 0)
            {
                i += length - 1;
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>
    /// How many characters of a line end start at <paramref name="index"/> (reading no further than
    /// <paramref name="end"/>): 2 for CRLF, 1 for CR, LF, NEL, LS or PS, else 0.
    /// </summary>
    public static int LineBreakLength(string text, int index, int end)
    {
        var c = text[index];
        if (c == '\r')
        {
            return index + 1 < end && text[index + 1] == '\n' ? 2 : 1;
        }
        return c is '\n' or '\u0085' or '\u2028' or '\u2029' ? 1 : 0;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> (clamped to the text).</summary>
    public (int Line, int Column) Position(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        if (offset > _length)
        {
            offset = _length;
        }

        // Binary search for the last line start at or before the offset.
        int low = 0, high = _lineStarts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var column = offset - _lineStarts[low] + 1;
        if (_hasBom && low == 0 && offset > 0)
        {
            column--;
        }
        return (low + 1, column);
    }

    /// <summary>
    /// The offset of the 1-based <paramref name="line"/> and <paramref name="column"/> (the inverse of
    /// <see cref="Position"/>), clamped to the text and to the end of that line's text.
    /// </summary>
    public int Offset(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }
        if (line > _lineStarts.Length)
        {
            return _length;
        }
        var start = _lineStarts[line - 1];
        var next = line < _lineStarts.Length ? _lineStarts[line] : _length;
        var bomShift = _hasBom && line == 1 ? 1 : 0;
        var offset = start + bomShift + (column < 1 ? 0 : column - 1);
        return offset > next ? next : offset;
    }

    /// <summary>The number of lines (a text ending with a line break has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public SourceSpan Span(int start, int end)
    {
        if (end < start)
        {
            end = start;
        }
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end, line, column, endLine, endColumn);
    }
}
