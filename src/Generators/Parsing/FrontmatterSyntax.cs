using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// A piece of frontmatter C# kept as text with the position of its first character in the .page file,
/// so the emitter can place it under a <c>#line</c> directive at the same line and column.
/// </summary>
internal sealed record CodeChunk(string Text, SourceSpan Span);

/// <summary>
/// A frontmatter <c>using</c> (or <c>extern alias</c>) directive as text and span, with what Roslyn's syntax says it
/// declares: the <paramref name="Alias"/> of <c>using Name = Type;</c> (it imports a component under another name),
/// or the <paramref name="Namespace"/> a plain <c>using A.B;</c> imports (so a component's namespace is not imported twice).
/// </summary>
internal sealed record UsingChunk(string Text, SourceSpan Span, string? Alias, string? Namespace);

/// <summary>A type declared in the frontmatter; <see cref="NeedsPublic"/> when it has no accessibility modifier.</summary>
internal sealed record TypeChunk(CodeChunk Code, string Name, bool NeedsPublic);

/// <summary>
/// The frontmatter split by modifiers (docs/language.md): usings, nested types, class members, and the
/// statements that run at the start of every render, in source order; and the page settings it declares
/// (<c>Prerender</c>, <c>Buffer</c>, <c>Antiforgery</c>), <see langword="null"/> when not declared.
/// </summary>
internal sealed record FrontmatterSyntax(
    SourceSpan Span,
    EquatableArray<UsingChunk> Usings,
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
        default, EquatableArray<UsingChunk>.Empty, EquatableArray<TypeChunk>.Empty,
        EquatableArray<CodeChunk>.Empty, EquatableArray<CodeChunk>.Empty, null, null, null, false, false, false);
}

/// <summary>A parsed .page file: its frontmatter, its template, and the diagnostics found (at most one per mistake).</summary>
internal sealed record PageSyntax(FrontmatterSyntax Frontmatter, EquatableArray<TemplateNode> Template, EquatableArray<DiagnosticInfo> Diagnostics);
