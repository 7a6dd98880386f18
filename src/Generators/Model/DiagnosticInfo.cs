using Microsoft.CodeAnalysis;

namespace Pages.Generators.Model;

/// <summary>
/// A diagnostic as plain data (descriptor id, file, span, message arguments), so that it can travel
/// through the incremental pipeline; turned into a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
public sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments)
        => new(descriptor.Id, filePath, span, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var start = new Microsoft.CodeAnalysis.Text.LinePosition(Span.Line - 1, Span.Column - 1);
        var end = new Microsoft.CodeAnalysis.Text.LinePosition(Span.EndLine - 1, Span.EndColumn - 1);
        var location = Location.Create(
            FilePath,
            new Microsoft.CodeAnalysis.Text.TextSpan(Span.Start, Span.Length),
            new Microsoft.CodeAnalysis.Text.LinePositionSpan(start, end));
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }
        return Diagnostic.Create(descriptor, location, args);
    }
}
