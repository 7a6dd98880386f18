using System;
using System.Text;

namespace Pages.Generators.Emit;

/// <summary>An indenting text builder for generated C#; <c>#line</c> directives are always written at column 0.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;
    private string? _deferred;

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public CodeWriter Line(string line = "")
    {
        WriteDeferred();
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Writes a line at column 0, ignoring indentation (preprocessor directives, mapped user code).</summary>
    public CodeWriter RawLine(string line)
    {
        WriteDeferred();
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>
    /// Starts a line at column 0 and returns the text to write its content into, for a line assembled from pieces
    /// (a <c>#line</c> directive, mapped user code) without a string for the whole line first; <see cref="EndLine"/> ends it.
    /// </summary>
    public StringBuilder BeginRawLine()
    {
        WriteDeferred();
        return _text;
    }

    /// <summary>As <see cref="BeginRawLine"/>, indented: for a line with content.</summary>
    public StringBuilder BeginLine() => BeginRawLine().Append(' ', _indent * 4);

    /// <summary>As <see cref="BeginRawLine"/>, after dropping the deferred lines (see <see cref="ReplaceDeferred"/>).</summary>
    public StringBuilder BeginReplacingDeferred()
    {
        _deferred = null;
        return _text;
    }

    /// <summary>Ends the line begun with <see cref="BeginRawLine"/>, <see cref="BeginLine"/> or <see cref="BeginReplacingDeferred"/>.</summary>
    public void EndLine() => _text.Append('\n');

    /// <summary>
    /// Lines written only if another line follows before <see cref="ReplaceDeferred"/> is called: the end of a
    /// <c>#line</c> mapping, which the next mapping's own directive makes needless.
    /// </summary>
    public void Defer(string lines) => _deferred = lines;

    /// <summary>Drops the deferred lines and writes <paramref name="line"/> (a directive that supersedes them) at column 0.</summary>
    public CodeWriter ReplaceDeferred(string line)
    {
        _deferred = null;
        return RawLine(line);
    }

    private void WriteDeferred()
    {
        if (_deferred is not null)
        {
            _text.Append(_deferred);
            _deferred = null;
        }
    }

    public void OpenBrace()
    {
        Line("{");
        Indent();
    }

    public void CloseBrace(string suffix = "")
    {
        Unindent();
        Line("}" + suffix);
    }

    /// <summary>The column (0-based) at which text written on a fresh line would start.</summary>
    public int IndentWidth => _indent * 4;

    public override string ToString() => _text.ToString() + _deferred;
}
