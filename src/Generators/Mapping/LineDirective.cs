namespace Pages.Generators.Mapping;

/// <summary>
/// One <c>#line</c> directive as <see cref="LineMapping"/> writes it: a span directive
/// <c>#line (l,c)-(l,c) offset "file"</c>, a line directive <c>#line n "file"</c>, or <c>hidden</c>/<c>default</c>
/// (both end a mapped stretch). Lines and columns are 1-based, as in the directive.
/// </summary>
internal sealed record LineDirective(LineDirectiveKind Kind, string FilePath, int Line, int Column, int EndLine, int EndColumn, int GeneratedColumn)
{
    private static readonly LineDirective Hidden = new(LineDirectiveKind.Hidden, "", 0, 0, 0, 0, 0);

    /// <summary>Reads a directive line (leading spaces allowed); null when the line is not a <c>#line</c> directive.</summary>
    public static LineDirective? TryParse(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith("#line", System.StringComparison.Ordinal))
        {
            return null;
        }
        text = text.Substring("#line".Length).Trim();
        var quote = text.IndexOf('"');
        var file = quote >= 0 && text.LastIndexOf('"') > quote ? text.Substring(quote + 1, text.LastIndexOf('"') - quote - 1) : "";
        var head = quote >= 0 ? text.Substring(0, quote).Trim() : text;
        if (head.StartsWith("(", System.StringComparison.Ordinal))
        {
            // (l,c)-(l,c) offset
            var numbers = head.Replace("(", " ").Replace(")", " ").Replace(",", " ").Replace("-", " ")
                .Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (numbers.Length < 4 || !TryInts(numbers, out var values))
            {
                return null;
            }
            return new LineDirective(LineDirectiveKind.Span, file, values[0], values[1], values[2], values[3], values.Length > 4 ? values[4] : 0);
        }
        if (int.TryParse(head, out var lineNumber))
        {
            return new LineDirective(LineDirectiveKind.Line, file, lineNumber, 1, lineNumber, 1, 0);
        }
        return Hidden;
    }

    private static bool TryInts(string[] parts, out int[] values)
    {
        values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], out values[i]))
            {
                return false;
            }
        }
        return true;
    }
}
