using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pages.Generators.Parsing;

/// <summary>
/// Tells whether template C# awaits (so the render method must be async). It over-approximates on broken
/// code: any <c>await</c> token outside a lambda, anonymous method or local function counts.
/// </summary>
internal static class AwaitFinder
{
    /// <summary>True when the expression <paramref name="code"/> holds an <c>await</c> outside any lambda.</summary>
    public static bool ExpressionHasAwait(string code)
        => MayAwait(code) && HasAwait(SyntaxFactory.ParseExpression(code));

    /// <summary>True when a loop header (<c>var x in xs</c>, <c>int i = 0; i &lt; n; i++</c>) awaits.</summary>
    public static bool LoopHeaderHasAwait(string keyword, string header)
        => MayAwait(header) && HasAwait(SyntaxFactory.ParseStatement(keyword + " (" + header + ") {}"));

    /// <summary>True when any token of <paramref name="node"/> is <c>await</c> (lambdas included).</summary>
    public static bool HasAwaitToken(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens(descendIntoTrivia: true))
        {
            if (IsAwait(token))
            {
                return true;
            }
        }
        return false;
    }

    private static bool MayAwait(string code) => code.IndexOf("await", StringComparison.Ordinal) >= 0;

    private static bool HasAwait(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (IsAwait(token) && !InsideFunction(token))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAwait(SyntaxToken token)
        => token.IsKind(SyntaxKind.AwaitKeyword) || (token.IsKind(SyntaxKind.IdentifierToken) && token.Text == "await");

    private static bool InsideFunction(SyntaxToken token)
    {
        if (token.Parent is null)
        {
            return false;
        }
        foreach (var node in token.Parent.AncestorsAndSelf(ascendOutOfTrivia: true))
        {
            if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return true;
            }
        }
        return false;
    }
}
