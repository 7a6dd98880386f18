using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// Finds the frontmatter (the C# between a first line <c>---</c> and the next line <c>---</c>), parses it as a
/// script, and splits it by modifiers (docs/language.md) into usings, types, members and statements, each kept as
/// text with its span in the .page file. Broken C# is carried as is: the compiler reports it through <c>#line</c>.
/// </summary>
internal static class FrontmatterSplitter
{
    private static readonly CSharpParseOptions s_scriptOptions =
        new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Splits the frontmatter off <paramref name="text"/>; <see cref="FrontmatterSplit.BodyStart"/> is where the template begins.</summary>
    public static FrontmatterSplit Split(string filePath, string text, LineMap map, CancellationToken ct)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var firstLineEnd = LineEnd(text, start);
        if (!IsDelimiter(text, start, firstLineEnd))
        {
            return new FrontmatterSplit(FrontmatterSyntax.Empty, start, null);
        }

        var codeStart = AfterLineBreak(text, firstLineEnd);
        var lineStart = codeStart;
        while (true)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsDelimiter(text, lineStart, lineEnd))
            {
                var block = map.Span(start, lineEnd);
                var syntax = SplitCode(filePath, text.Substring(codeStart, lineStart - codeStart), codeStart, block, map, ct, out var diagnostics);
                return new FrontmatterSplit(syntax, AfterLineBreak(text, lineEnd), diagnostics);
            }
            if (lineEnd >= text.Length)
            {
                break;
            }
            lineStart = AfterLineBreak(text, lineEnd);
        }

        var unclosed = DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedFrontmatter, filePath, map.Span(start, start + 3));
        return new FrontmatterSplit(FrontmatterSyntax.Empty, text.Length, new List<DiagnosticInfo> { unclosed }, isClosed: false);
    }

    private static FrontmatterSyntax SplitCode(
        string filePath, string code, int codeStart, SourceSpan block, LineMap map, CancellationToken ct, out List<DiagnosticInfo> diagnostics)
    {
        diagnostics = new List<DiagnosticInfo>();
        var usings = new List<UsingChunk>();
        var types = new List<TypeChunk>();
        var members = new List<CodeChunk>();
        var statements = new List<CodeChunk>();
        bool? prerender = null, buffer = null, antiforgery = null;
        bool hasProps = false, hasGetStaticPaths = false, statementsHaveAwait = false;

        var topLevel = TopLevelNodes(code, ct, out var unterminatedAt);
        foreach (var (node, start, end) in topLevel)
        {
            ct.ThrowIfCancellationRequested();
            if (unterminatedAt >= 0 && end > unterminatedAt)
            {
                // The code from an unterminated string or hole to the closing '---' is left out: spliced into the
                // class it would swallow the generated code after it, and the compiler's errors in that code would
                // be mapped past the page's end. PAGE028 (below) is the error; the code before it is kept.
                continue;
            }
            var chunk = new CodeChunk(code.Substring(start, end - start), map.Span(codeStart + start, codeStart + end));
            switch (node)
            {
                case UsingDirectiveSyntax directive:
                    usings.Add(Using(chunk, directive));
                    break;
                case ExternAliasDirectiveSyntax:
                    usings.Add(new UsingChunk(chunk.Text, chunk.Span, Alias: null, Namespace: null));
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    var member = (MemberDeclarationSyntax)node;
                    var name = node is BaseTypeDeclarationSyntax type ? type.Identifier.Text : ((DelegateDeclarationSyntax)node).Identifier.Text;
                    types.Add(new TypeChunk(chunk, name, !HasAccessModifier(member.Modifiers)));
                    hasProps |= name == "Props";
                    break;
                case MemberDeclarationSyntax declaration and not GlobalStatementSyntax and not BaseNamespaceDeclarationSyntax
                    when IsClassMember(declaration.Modifiers):
                    if (IsSetting(declaration, "Prerender", out var prerenderValue))
                    {
                        // Consumed: the emitter writes the one `public const bool Prerender` with the effective value.
                        if (prerenderValue is null)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonLiteralSetting, filePath, chunk.Span, "Prerender"));
                        }
                        prerender = prerenderValue;
                        break;
                    }
                    if (IsSetting(declaration, "Buffer", out var bufferValue))
                    {
                        if (bufferValue is null)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonLiteralSetting, filePath, chunk.Span, "Buffer"));
                        }
                        buffer = bufferValue;
                    }
                    if (IsSetting(declaration, "Antiforgery", out var antiforgeryValue))
                    {
                        // Kept as a member (like Buffer); the route table also carries it, since the form check runs before the page exists.
                        if (antiforgeryValue is null)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonLiteralSetting, filePath, chunk.Span, "Antiforgery"));
                        }
                        antiforgery = antiforgeryValue;
                    }
                    hasGetStaticPaths |= declaration is MethodDeclarationSyntax { Identifier.Text: "GetStaticPaths" };
                    members.Add(chunk);
                    break;
                default:
                    statements.Add(chunk);
                    // Walking a statement's tokens costs more than its parse: only text that holds "await" can await.
                    statementsHaveAwait |= chunk.Text.Contains("await")
                        && (node is null || chunk.Text.StartsWith("await", System.StringComparison.Ordinal) || AwaitFinder.HasAwaitToken(node));
                    break;
            }
        }

        if (unterminatedAt >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnterminatedFrontmatterCode, filePath, map.Span(codeStart + unterminatedAt, codeStart + unterminatedAt + 1)));
        }

        return new FrontmatterSyntax(
            block,
            usings.ToEquatableArray(),
            types.ToEquatableArray(),
            members.ToEquatableArray(),
            statements.ToEquatableArray(),
            prerender,
            buffer,
            antiforgery,
            hasProps,
            hasGetStaticPaths,
            statementsHaveAwait);
    }

    // `using var r = ...;` / `await using var r = ...;` at a line start: a using declaration, which script parsing
    // cannot read at the top level (it takes it for a broken using directive).
    // Built on first need (MayHaveUsingDeclaration): most frontmatters have none, and a cold build then skips the
    // regex's construction and its first-run JIT.
    private static Regex? s_usingDeclaration;

    private static readonly char[] s_assignOrEnd = { '=', ';' };

    private static Regex UsingDeclaration => s_usingDeclaration ??= new(
        @"^[ \t]*(?<prefix>(?:await\s+)?using\s+)(?:var|[A-Za-z_][\w.]*(?:<[^;=\n]*>)?\??)\s+[A-Za-z_]\w*\s*=(?!=)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>
    /// False when nothing can match <see cref="UsingDeclaration"/>: no line starts (after blanks) with <c>using</c> or
    /// <c>await</c> with an <c>=</c> after it before any <c>;</c> (the pattern's blanks may span lines, but nothing it
    /// matches between the keyword and the <c>=</c> is a <c>;</c>). So a using directive (<c>using System.Linq;</c>)
    /// does not build and run the regex.
    /// </summary>
    private static bool MayHaveUsingDeclaration(string code)
    {
        var lineStart = 0;
        while (lineStart < code.Length)
        {
            var lineEnd = code.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = code.Length;
            }
            var first = lineStart;
            while (first < lineEnd && (code[first] == ' ' || code[first] == '\t'))
            {
                first++;
            }
            if ((string.CompareOrdinal(code, first, "using", 0, 5) == 0 || string.CompareOrdinal(code, first, "await", 0, 5) == 0)
                && code.IndexOfAny(s_assignOrEnd, first) is var stop && stop >= 0 && code[stop] == '=')
            {
                return true;
            }
            lineStart = lineEnd + 1;
        }
        return false;
    }

    /// <summary>
    /// The top-level nodes of the frontmatter with their extent in <paramref name="code"/>: the node without its
    /// trivia, widened to skipped tokens next to it (a misplaced <c>using</c>, a stray <c>}</c>), so that broken
    /// code reaches the compiler instead of vanishing. A node of null carries tokens skipped at the end.
    /// </summary>
    private static List<(SyntaxNode? Node, int Start, int End)> TopLevelNodes(string code, CancellationToken ct, out int unterminatedAt)
    {
        // Blank out the `await using ` of using declarations (same length, so positions hold), parse the rest as
        // a local declaration statement, then widen that statement back over the blanked words.
        var masks = new List<(int Start, int End)>();
        var masked = !MayHaveUsingDeclaration(code) ? code : UsingDeclaration.Replace(code, match =>
        {
            var prefix = match.Groups["prefix"];
            masks.Add((prefix.Index, prefix.Index + prefix.Length));
            return match.Value.Substring(0, prefix.Index - match.Index) + new string(' ', prefix.Length) + match.Value.Substring(prefix.Index - match.Index + prefix.Length);
        });

        var nodes = new List<(SyntaxNode?, int, int)>();
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(masked, s_scriptOptions, cancellationToken: ct).GetRoot(ct);
        foreach (var node in root.ChildNodes())
        {
            var (start, end) = Extent(node);
            foreach (var mask in masks)
            {
                if (mask.End <= start && string.IsNullOrWhiteSpace(masked.Substring(mask.Start, start - mask.Start)))
                {
                    start = mask.Start;
                }
            }
            nodes.Add((node, start, end));
        }
        foreach (var trivia in root.EndOfFileToken.LeadingTrivia)
        {
            if (trivia.IsKind(SyntaxKind.SkippedTokensTrivia))
            {
                nodes.Add((null, trivia.SpanStart, trivia.Span.End));
            }
        }
        unterminatedAt = UnterminatedAt(root);
        return nodes;
    }

    // Roslyn's errors for a literal, comment or interpolation hole that runs to the end of the frontmatter.
    private static readonly HashSet<string> s_unterminated = new() { "CS1035", "CS1039", "CS8076", "CS8997" };

    /// <summary>
    /// Where the first string, comment or interpolation hole that never ends starts, or -1. Spliced into the
    /// class, such code swallows the generated code after it and the compiler's errors land past the page's end.
    /// </summary>
    private static int UnterminatedAt(CompilationUnitSyntax root)
    {
        // Either case leaves a diagnostic in the tree (a missing token carries one): most frontmatters have none.
        if (!root.ContainsDiagnostics)
        {
            return -1;
        }
        // A hole without its '}' (or a string without its end) is reported under several ids (CS1003 "'}' expected"
        // among them): it is found by the missing token instead. Where the parser expects no expression (a parameter
        // list: `record Props(string? Valu$"{e);`) it skips the string as one token: the walk descends into that
        // skipped trivia too.
        foreach (var node in root.DescendantNodes(descendIntoTrivia: true))
        {
            if (node is InterpolatedStringExpressionSyntax interpolated && IsUnterminated(interpolated))
            {
                return interpolated.SpanStart;
            }
            if (node is SkippedTokensTriviaSyntax skipped && UnterminatedSkippedString(skipped) is var skippedAt && skippedAt >= 0)
            {
                return skippedAt;
            }
        }
        foreach (var diagnostic in root.GetDiagnostics())
        {
            if (s_unterminated.Contains(diagnostic.Id))
            {
                // An unterminated raw string is reported where the text ends; its token starts at the opening quotes
                // (inside skipped trivia when the parser gave up before it: `record Props(string? Valu"""e);`).
                var start = diagnostic.Location.SourceSpan.Start;
                return diagnostic.Id == "CS8997" && start > 0 ? System.Math.Min(start, root.FindToken(start - 1, findInsideTrivia: true).SpanStart) : start;
            }
        }
        return -1;
    }

    private static (int Start, int End) Extent(SyntaxNode node)
    {
        int start = node.SpanStart, end = node.Span.End;
        // Most nodes hold no skipped tokens: then there is nothing to widen over, and no walk to the node's first and
        // last token (a cold build would JIT Roslyn's token navigation for it).
        if (!node.ContainsSkippedText)
        {
            return (start, end);
        }
        foreach (var trivia in node.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SkippedTokensTrivia))
            {
                start = System.Math.Min(start, trivia.SpanStart);
            }
        }
        foreach (var trivia in node.GetTrailingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SkippedTokensTrivia))
            {
                end = System.Math.Max(end, trivia.Span.End);
            }
        }
        return (start, end);
    }

    private static bool IsUnterminated(InterpolatedStringExpressionSyntax interpolated)
        => interpolated.StringEndToken.IsMissing || HasUnclosedHole(interpolated);

    /// <summary>
    /// Where an interpolated string the parser skipped as one token (its holes unparsed) starts, when it never
    /// ends, or -1. The token's text is parsed alone as an expression to read its holes as the compiler would.
    /// </summary>
    private static int UnterminatedSkippedString(SkippedTokensTriviaSyntax skipped)
    {
        foreach (var token in skipped.Tokens)
        {
            if (token.IsKind(SyntaxKind.InterpolatedStringToken)
                && SyntaxFactory.ParseExpression(token.Text, options: s_scriptOptions) is InterpolatedStringExpressionSyntax interpolated
                && IsUnterminated(interpolated))
            {
                return token.SpanStart;
            }
        }
        return -1;
    }

    private static bool HasUnclosedHole(InterpolatedStringExpressionSyntax interpolated)
    {
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolationSyntax { CloseBraceToken.IsMissing: true })
            {
                return true;
            }
        }
        return false;
    }

    // A field named like a page setting: value is its literal true/false, null when it is anything else.
    private static bool IsSetting(MemberDeclarationSyntax declaration, string name, out bool? value)
    {
        value = null;
        if (declaration is not FieldDeclarationSyntax field
            || field.Declaration.Variables.Count != 1
            || field.Declaration.Variables[0].Identifier.Text != name)
        {
            return false;
        }
        var isConstBool = field.Modifiers.Any(SyntaxKind.ConstKeyword)
            && field.Declaration.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.BoolKeyword };
        var initializer = field.Declaration.Variables[0].Initializer?.Value;
        if (isConstBool && initializer is LiteralExpressionSyntax literal)
        {
            if (literal.IsKind(SyntaxKind.TrueLiteralExpression))
            {
                value = true;
            }
            else if (literal.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                value = false;
            }
        }
        return true;
    }

    /// <summary>What a using directive declares, read from its syntax: an alias name, or a plain namespace import.</summary>
    private static UsingChunk Using(CodeChunk chunk, UsingDirectiveSyntax directive)
    {
        var alias = directive.Alias?.Name.Identifier.ValueText;
        var plainImport = alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None)
            && directive.GlobalKeyword.IsKind(SyntaxKind.None) && directive.Name is not null;
        var importedNamespace = plainImport ? NameText(directive.Name!) : null;
        return new UsingChunk(chunk.Text, chunk.Span, string.IsNullOrEmpty(alias) ? null : alias, importedNamespace);
    }

    /// <summary>
    /// A name's tokens without trivia (<c>System . Linq</c> is <c>System.Linq</c>), read from its parts: a walk of its
    /// descendant tokens would cost a cold build the JIT of Roslyn's token walk and LINQ over its token structs.
    /// </summary>
    private static string NameText(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        QualifiedNameSyntax qualified => NameText(qualified.Left) + qualified.DotToken.Text + NameText(qualified.Right),
        AliasQualifiedNameSyntax alias => alias.Alias.Identifier.Text + alias.ColonColonToken.Text + NameText(alias.Name),
        _ => string.Concat(name.DescendantTokens().Select(t => t.Text)),
    };

    private static bool HasAccessModifier(SyntaxTokenList modifiers)
        => modifiers.Any(SyntaxKind.PublicKeyword) || modifiers.Any(SyntaxKind.PrivateKeyword)
        || modifiers.Any(SyntaxKind.ProtectedKeyword) || modifiers.Any(SyntaxKind.InternalKeyword);

    private static bool IsClassMember(SyntaxTokenList modifiers)
        => HasAccessModifier(modifiers) || modifiers.Any(SyntaxKind.StaticKeyword) || modifiers.Any(SyntaxKind.ConstKeyword);

    // `---` with optional trailing spaces or tabs, nothing else on the line.
    private static bool IsDelimiter(string text, int lineStart, int lineEnd)
    {
        if (lineEnd - lineStart < 3 || string.CompareOrdinal(text, lineStart, "---", 0, 3) != 0)
        {
            return false;
        }
        for (var i = lineStart + 3; i < lineEnd; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }
        return true;
    }

    private static int LineEnd(string text, int i)
    {
        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int AfterLineBreak(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }
        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    private static bool IsLineBreak(char c) => c == '\n' || c == '\r';
}
