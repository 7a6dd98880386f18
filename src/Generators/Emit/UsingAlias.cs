namespace Pages.Generators.Emit;

/// <summary>Reads the alias of a frontmatter <c>using Name = Type;</c> directive (SPEC §2.1: it imports a component under another name).</summary>
internal static class UsingAlias
{
    /// <summary>The alias name, or <see langword="null"/> when the directive is not an alias.</summary>
    public static string? Name(string directive)
    {
        var text = directive.Trim();
        if (text.StartsWith("global ", System.StringComparison.Ordinal))
        {
            text = text.Substring("global ".Length).TrimStart();
        }
        if (!text.StartsWith("using ", System.StringComparison.Ordinal))
        {
            return null;
        }
        var rest = text.Substring("using ".Length);
        var equals = rest.IndexOf('=');
        if (equals <= 0)
        {
            return null;
        }
        var name = rest.Substring(0, equals).Trim();
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '@')
            {
                return null;
            }
        }
        return name.Length == 0 ? null : name.TrimStart('@');
    }
}
