using Microsoft.CodeAnalysis;

namespace Pages.Generators.Model;

/// <summary>
/// A diagnostic as plain data (its descriptor, file, span, message arguments), so that it can travel
/// through the incremental pipeline; turned into a Roslyn <see cref="Diagnostic"/> only when reported.
/// A <see cref="DiagnosticDescriptor"/> is equatable by value and shared (one static instance per id), so
/// carrying it costs the cache nothing and needs no id-to-descriptor table.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
{
    public string Id => Descriptor.Id;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments)
        => new(descriptor, filePath, span, new EquatableArray<string>(arguments));

    /// <param name="severity">A severity set by the project (PAGE050 under <c>PagesBrokenLinks=error</c>), else the descriptor's.</param>
    public Diagnostic ToDiagnostic(DiagnosticSeverity? severity = null)
    {
        var descriptor = Descriptor;
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
        return severity is DiagnosticSeverity effective && effective != descriptor.DefaultSeverity
            ? Diagnostic.Create(descriptor.Id, descriptor.Category, string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), args),
                effective, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, effective == DiagnosticSeverity.Error ? 0 : 1,
                descriptor.Title, descriptor.Description, descriptor.HelpLinkUri, location)
            : Diagnostic.Create(descriptor, location, args);
    }
}
