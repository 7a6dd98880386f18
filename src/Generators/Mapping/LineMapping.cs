using System.Text;
using Pages.Generators.Emit;
using Pages.Generators.Model;

namespace Pages.Generators.Mapping;

/// <summary>
/// Writes user C# under <c>#line</c> directives so that compiler errors and breakpoints land at the
/// <c>.page</c> file's line and column.
/// </summary>
internal static class LineMapping
{
    /// <summary>
    /// The largest character position and offset an enhanced <c>#line</c> directive may hold: Roslyn reports CS8938
    /// ("The #line directive value is missing or out of range") above it.
    /// </summary>
    internal const int MaxDirectiveCharacter = 65536;

    /// <summary>
    /// One generated line holding <paramref name="prefix"/> + <paramref name="code"/> + <paramref name="suffix"/>,
    /// where the code maps to <paramref name="span"/> through an enhanced <c>#line (l,c)-(l,c) offset</c> directive.
    /// </summary>
    public static void Expression(CodeWriter writer, string filePath, string prefix, string code, SourceSpan span, string suffix)
    {
        var indent = writer.IndentWidth;
        // The offset is the 0-based column of the generated line where the mapped span starts (checked
        // against the compiler: an error at that column is reported at the span's start).
        var offset = indent + prefix.Length;
        // A hole past column 65,536 of its line (found by the fuzz tests: inserted runs of thousands of characters)
        // maps its line only, as a block does: the compiler's column there is the generated line's.
        // Both lines are written piece by piece into the output: a page has a mapping per hole and attribute.
        var directive = writer.BeginReplacingDeferred();
        if (span.Column > MaxDirectiveCharacter || span.EndColumn > MaxDirectiveCharacter || offset > MaxDirectiveCharacter)
        {
            directive.Append("#line ").Append(span.Line);
        }
        else
        {
            directive.Append("#line (").Append(span.Line).Append(',').Append(span.Column).Append(")-(")
                .Append(span.EndLine).Append(',').Append(span.EndColumn).Append(") ").Append(offset);
        }
        AppendQuoted(directive.Append(' '), filePath);
        writer.EndLine();
        writer.BeginRawLine().Append(' ', indent).Append(prefix).Append(code).Append(suffix);
        writer.EndLine();
        EndMapping(writer);
    }

    /// <summary>
    /// A block of user code (frontmatter statement or member), written verbatim under a plain <c>#line</c>
    /// directive with its first line padded to its original column, so every line and column keeps its place.
    /// </summary>
    public static void Block(CodeWriter writer, string filePath, string code, SourceSpan span, string? prefixLine = null)
    {
        if (prefixLine is not null)
        {
            writer.Line(prefixLine);
        }
        AppendQuoted(writer.BeginReplacingDeferred().Append("#line ").Append(span.Line).Append(' '), filePath);
        writer.EndLine();
        writer.BeginRawLine().Append(' ', span.Column - 1).Append(code);
        writer.EndLine();
        EndMapping(writer);
    }

    /// <summary>
    /// Ends a mapped region. <c>#line default</c> first, as Razor does: a hidden region continues the numbering
    /// of the directive before it, so without it an error in the generated code that follows (say, after a
    /// frontmatter with an unbalanced brace) was reported at a made-up line of the <c>.page</c>, past its end.
    /// Written only where the mapping changes to generated code: when the next line is another mapped region
    /// (consecutive holes, frontmatter statements), its own directive replaces the end.
    /// </summary>
    private static void EndMapping(CodeWriter writer) => writer.Defer("#line default\n#line hidden\n");

    public static string Quote(string filePath) => AppendQuoted(new StringBuilder(filePath.Length + 2), filePath).ToString();

    /// <summary>The path in quotes as a <c>#line</c> directive takes it (a quote in the path is dropped: the directive cannot hold one).</summary>
    private static StringBuilder AppendQuoted(StringBuilder builder, string filePath)
        => builder.Append('"').Append(filePath.IndexOf('"') < 0 ? filePath : filePath.Replace("\"", "")).Append('"');
}
