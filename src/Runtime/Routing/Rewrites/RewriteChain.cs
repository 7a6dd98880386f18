using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>The paths one request went through by rewrites, kept in its <c>Items</c> to stop loops.</summary>
internal sealed class RewriteChain
{
    // Far beyond any honest chain of rewrites; a loop through ever-new paths (/a/1 → /a/2 → …) also ends.
    private const int MaxRewrites = 16;

    private static readonly object Key = new();

    private readonly List<string> _paths = [];

    /// <summary>The chain of this request; empty until its first rewrite.</summary>
    public static RewriteChain Of(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out object? chain) && chain is RewriteChain existing)
        {
            return existing;
        }

        var created = new RewriteChain();
        context.Items[Key] = created;
        return created;
    }

    /// <summary>Whether the request has been rewritten (the trailing-slash redirect then leaves it alone).</summary>
    public static bool IsRewritten(HttpContext context) => context.Items.ContainsKey(Key);

    /// <summary>Records a rewrite from <paramref name="from"/> to <paramref name="to"/>; <see langword="false"/> when it closes a loop.</summary>
    public bool TryAdd(string from, string to)
    {
        if (_paths.Count == 0)
        {
            _paths.Add(from);
        }

        if (_paths.Count > MaxRewrites || _paths.Exists(path => string.Equals(path, to, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        _paths.Add(to);
        return true;
    }

    /// <summary>The chain for a message: <c>/a → /b → /a</c>.</summary>
    public string Describe(string next) => string.Join(" → ", [.. _paths, next]);
}
