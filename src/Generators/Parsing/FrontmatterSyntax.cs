using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// A piece of frontmatter C# kept as text with the position of its first character in the .page file,
/// so the emitter can place it under a <c>#line</c> directive at the same line and column.
/// </summary>
public sealed record CodeChunk(string Text, SourceSpan Span);

/// <summary>A type declared in the frontmatter; <see cref="NeedsPublic"/> when it has no accessibility modifier.</summary>
public sealed record TypeChunk(CodeChunk Code, string Name, bool NeedsPublic);

/// <summary>
/// The frontmatter split by modifiers (SPEC §2.1): usings, nested types, class members, and the
/// statements that run at the start of every render, in source order; and the page settings it declares
/// (<c>Prerender</c>, <c>Buffer</c>, <c>Antiforgery</c>), <see langword="null"/> when not declared.
/// </summary>
public sealed record FrontmatterSyntax(
    SourceSpan Span,
    EquatableArray<CodeChunk> Usings,
    EquatableArray<TypeChunk> Types,
    EquatableArray<CodeChunk> Members,
    EquatableArray<CodeChunk> Statements,
    bool? Prerender,
    bool? Buffer,
    bool? Antiforgery,
    bool HasProps,
    bool HasGetStaticPaths,
    bool StatementsHaveAwait)
{
    public static readonly FrontmatterSyntax Empty = new(
        default, EquatableArray<CodeChunk>.Empty, EquatableArray<TypeChunk>.Empty,
        EquatableArray<CodeChunk>.Empty, EquatableArray<CodeChunk>.Empty, null, null, null, false, false, false);
}

/// <summary>A parsed .page file: its frontmatter, its template, and the diagnostics found (at most one per mistake).</summary>
public sealed record PageSyntax(FrontmatterSyntax Frontmatter, EquatableArray<TemplateNode> Template, EquatableArray<DiagnosticInfo> Diagnostics);
