using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Pages.Generators.Routing;

/// <summary>
/// Generated class names: a routable page's name is derived from its path (<see cref="ForPage"/>),
/// a component's is its file name (<see cref="TryForComponent"/>, docs/components.md).
/// </summary>
/// <remarks>
/// A page's name is <c>Page_</c> + its route path without <c>.page</c>, each <c>/</c> written as <c>_</c>:
/// <c>index.page</c> → <c>Page_index</c>, <c>blog/index.page</c> → <c>Page_blog_index</c>, <c>404.page</c> → <c>Page_404</c>.
/// When the path holds anything but ASCII letters, digits and single <c>/</c> between names, each such character becomes
/// <c>_</c> and <c>__</c> + eight hex digits of the path's FNV-1a hash are appended:
/// <c>blog/[slug].page</c> → <c>Page_blog__slug___</c>+hash, <c>about-us.page</c> → <c>Page_about_us__</c>+hash.
/// Names without a hash never contain <c>__</c> and map back to one path, and every hashed name contains <c>__</c>,
/// so two pages of a project share a name only if their punctuated paths also share a 32-bit hash.
/// A name depends on its page's path only: adding a page never renames another.
/// </remarks>
internal static class PageClassName
{
    private const string Prefix = "Page_";

    // Contextual keywords that the compiler rejects or warns about as type names, or that would shadow a language feature.
    private static readonly string[] s_reservedTypeNames = { "record", "required", "scoped", "file", "var", "dynamic", "_" };

    /// <summary>The class name of the page at <paramref name="routePath"/> (relative to the pages root).</summary>
    /// <param name="routePath">E.g. <c>blog/[slug].page</c>.</param>
    /// <returns>A valid C# identifier, e.g. <c>Page_about</c>.</returns>
    public static string ForPage(string routePath)
    {
        var path = RoutePathParser.WithoutExtension(routePath);
        var name = new StringBuilder(Prefix, Prefix.Length + path.Length + 10);
        var isPlain = path.Length > 0;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            var isSeparator = c == '/' && i > 0 && i < path.Length - 1 && path[i - 1] != '/';
            isPlain &= IsAsciiLetterOrDigit(c) || isSeparator;
            name.Append(IsAsciiLetterOrDigit(c) ? c : '_');
        }

        if (!isPlain)
        {
            name.Append("__").Append(Fnv1a(path).ToString("x8", CultureInfo.InvariantCulture));
        }

        return name.ToString();
    }

    /// <summary>
    /// The class name of the component file <paramref name="fileName"/>: <c>Card.page</c> (or <c>Card</c>, or a path) → <c>Card</c>.
    /// False when that is not a valid C# identifier or is a keyword (<c>my-card.page</c>, <c>class.page</c>); the caller reports PAGE014.
    /// </summary>
    /// <param name="fileName">The file name, with or without <c>.page</c> and folders.</param>
    /// <param name="className">The class name; empty when the method returns false.</param>
    /// <returns>True when the file name is a usable class name.</returns>
    public static bool TryForComponent(string fileName, out string className)
    {
        var name = fileName.Substring(fileName.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        if (name.EndsWith(".page", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(0, name.Length - ".page".Length);
        }

        var isValid = SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && Array.IndexOf(s_reservedTypeNames, name) < 0;
        className = isValid ? name : "";
        return isValid;
    }

    private static bool IsAsciiLetterOrDigit(char c)
        => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    // A fixed, documented hash: string.GetHashCode differs between processes.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
