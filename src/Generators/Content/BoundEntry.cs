using System.Linq;
using Pages.Generators.Model;

namespace Pages.Generators.Content;

/// <summary>
/// A content file checked against its collection's schema: where it is, what it is called, and its data as
/// C# (one argument or initializer per top-level field, each with the <c>.md</c> line it came from), or the
/// diagnostics that stop it from being emitted.
/// </summary>
internal sealed record BoundEntry(
    string Collection,
    string Id,
    string FilePath,
    string ResourceName,
    int BodyStart,
    string? SchemaTypeName,
    EquatableArray<BoundArgument> Arguments,
    EquatableArray<BoundArgument> Initializers,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Whether the entry can be emitted: its collection has a schema and its frontmatter matched it.</summary>
    public bool IsValid => SchemaTypeName is not null && !Diagnostics.Any(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
}

/// <summary>A top-level field as C#: a named constructor argument or an object-initializer assignment.</summary>
internal sealed record BoundArgument(string Name, string Expression, int Line);
