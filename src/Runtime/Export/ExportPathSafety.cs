namespace Pages;

/// <summary>
/// Refuses static-path params that would write outside the output folder or name a file some systems cannot
/// hold: <c>..</c> and <c>.</c> segments, absolute paths, backslashes, empty segments, and the characters Windows
/// forbids in file names (checked on every system, so a site exports the same everywhere).
/// </summary>
internal static class ExportPathSafety
{
    private static readonly char[] ForbiddenCharacters = ['<', '>', ':', '"', '\\', '|', '?', '*'];

    /// <summary>The reason <paramref name="value"/> cannot be the value of a route parameter, or <see langword="null"/> when it can.</summary>
    /// <param name="value">The param value.</param>
    /// <param name="isCatchAll">Whether the parameter is a <c>[...rest]</c>, whose value may hold <c>/</c>.</param>
    public static string? Problem(string value, bool isCatchAll)
    {
        if (!isCatchAll)
        {
            if (value.Length == 0)
            {
                return "the value is empty";
            }

            if (value.Contains('/', StringComparison.Ordinal))
            {
                return "a [param] value cannot hold '/' (use [...param] for several segments)";
            }

            return SegmentProblem(value);
        }

        if (value.Length == 0)
        {
            return null;
        }

        if (value[0] == '/')
        {
            return "it is an absolute path (a [...param] value is relative: \"guides/intro\")";
        }

        foreach (string segment in value.TrimEnd('/').Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment ('//')";
            }

            if (SegmentProblem(segment) is string problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? SegmentProblem(string segment)
    {
        if (segment is "." or "..")
        {
            return $"the segment '{segment}' would write outside the output folder";
        }

        foreach (char c in segment)
        {
            if (char.IsControl(c))
            {
                return $"it holds the control character U+{(int)c:X4}, which is not allowed in file names";
            }

            if (Array.IndexOf(ForbiddenCharacters, c) >= 0)
            {
                return $"it holds '{c}', which is not allowed in file names";
            }
        }

        return null;
    }
}
