using Microsoft.CodeAnalysis;

namespace Pages.Generators;

/// <summary>
/// Content collection diagnostics (PAGE040–PAGE049): reported at the <c>.md</c> file's line and column of the
/// offending key or value, or at the schema record's member.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor MissingContentField = Error("PAGE040",
        "Content entry lacks a required field",
        "The required field '{0}' of {1} is missing; add '{2}: ...' or make the member nullable or give it a default");

    public static readonly DiagnosticDescriptor UnknownContentField = Error("PAGE041",
        "Unknown field in content frontmatter",
        "'{0}' is not a field of {1}; its fields are: {2}");

    public static readonly DiagnosticDescriptor WrongContentFieldType = Error("PAGE042",
        "Content field has the wrong type",
        "The field '{0}' must be {1}, not {2}");

    public static readonly DiagnosticDescriptor InvalidContentFrontmatter = Error("PAGE043",
        "Content frontmatter is not valid",
        "The frontmatter is not valid: {0}");

    public static readonly DiagnosticDescriptor ContentFolderWithoutSchema = Warning("PAGE044",
        "Content folder without a collection schema",
        "The content folder '{0}' has no record marked [Collection(\"{0}\")]; its Markdown files are not compiled into the app");

    public static readonly DiagnosticDescriptor InvalidCollectionSchema = Error("PAGE045",
        "Collection schema cannot be bound from YAML",
        "The schema member '{0}' cannot be bound from YAML frontmatter: {1}");

    public static readonly DiagnosticDescriptor DuplicateCollection = Error("PAGE046",
        "Two records declare one collection",
        "The collection '{0}' is already declared by {1}; each collection has one schema");

    public static readonly DiagnosticDescriptor DuplicateContentId = Error("PAGE047",
        "Two content files have the same id",
        "The entry id '{0}' is also the id of '{1}' (ids are lower-case paths without extension); rename one of the files");

    public static readonly DiagnosticDescriptor DuplicateContentField = Error("PAGE048",
        "Content field given twice",
        "The field '{0}' is given more than once (keys bind case-insensitively)");
}
