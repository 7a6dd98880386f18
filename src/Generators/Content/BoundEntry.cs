using System.Linq;
using Pages.Generators.Model;

namespace Pages.Generators.Content;

/// <summary>
/// A content file checked against its collection's schema: where it is, what it is called, and its frontmatter
/// as a record <see cref="ContentValue"/> for the content table, or the diagnostics that stop it from being emitted.
/// </summary>
internal sealed record BoundEntry(
    string Collection,
    string Id,
    string FilePath,
    string ResourceName,
    int BodyStart,
    string? SchemaTypeName,
    ContentValue? Data,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Whether the entry can be emitted: its collection has a schema and its frontmatter matched it.</summary>
    public bool IsValid => SchemaTypeName is not null && Data is not null
        && !Diagnostics.Any(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
}
