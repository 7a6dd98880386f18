using System;
using System.Text;

namespace Pages.Generators.Emit;

/// <summary>An indenting text builder for generated C#; <c>#line</c> directives are always written at column 0.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public CodeWriter Line(string line = "")
    {
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
        _text.Append(line).Append('\n');
        return this;
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

    public override string ToString() => _text.ToString();
}
