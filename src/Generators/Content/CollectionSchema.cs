using Pages.Generators.Model;

namespace Pages.Generators.Content;

/// <summary>
/// A record marked <c>[Collection("name")]</c>: the collection's name, the record's shape, where the attribute
/// is (for duplicate-name diagnostics), and what was wrong with the record's members.
/// </summary>
internal sealed record CollectionSchema(
    string Name,
    RecordShape Shape,
    string FilePath,
    SourceSpan AttributeSpan,
    EquatableArray<DiagnosticInfo> Diagnostics);
