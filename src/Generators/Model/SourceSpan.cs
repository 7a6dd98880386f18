namespace Pages.Generators.Model;

/// <summary>
/// A range of a source file: character offsets (0-based, UTF-16 code units) and the line and column
/// of its start and end (1-based, a tab counts as one column, as Roslyn counts them).
/// </summary>
internal readonly record struct SourceSpan(int Start, int End, int Line, int Column, int EndLine, int EndColumn)
{
    public int Length => End - Start;

    public override string ToString() => $"({Line},{Column})-({EndLine},{EndColumn})";
}
