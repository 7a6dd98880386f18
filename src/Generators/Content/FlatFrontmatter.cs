using System.Collections.Generic;
using YamlDotNet.Core;

namespace Pages.Generators.Content;

/// <summary>
/// Reads the common flat frontmatter without YamlDotNet, which costs ≈ 25 µs per three-line document (its scanner,
/// parser events and representation model): 0.1 s for 4,000 posts in a warm process, more in a cold compiler
/// (docs/performance.md, "The clean build's C# compile"). Only a strict subset is read here, where YAML leaves no
/// choice: every line is <c>key: value</c> at the start of the line, the value a plain scalar of printable ASCII or a
/// flow sequence of such scalars (<c>[a, b]</c>), no comments, quotes, indentation, empty values, blank lines or
/// repeated keys. Anything else returns <see langword="null"/>, and YamlDotNet reads it as before. What is read gives the
/// same nodes, texts and marks as YamlDotNet's (tests/Pages.Generators.Tests/Content/FlatFrontmatterTests.cs compares
/// them), so values and every diagnostic's position are the same either way.
/// </summary>
internal static class FlatFrontmatter
{
    // YAML's simple keys may not be longer than 1024 characters; far below that, a line is not worth the fast path.
    private const int MaxLine = 512;

    /// <summary>The root mapping of <paramref name="yaml"/>, or <see langword="null"/> when it is not flat frontmatter.</summary>
    public static FrontmatterNode? TryParse(string yaml)
    {
        var pairs = new List<KeyValuePair<FrontmatterNode, FrontmatterNode>>();
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        var lineStart = 0;
        var line = 1;
        while (lineStart < yaml.Length)
        {
            var feed = yaml.IndexOf('\n', lineStart);
            if (feed < 0)
            {
                return null;
            }
            var lineEnd = feed > lineStart && yaml[feed - 1] == '\r' ? feed - 1 : feed;
            if (lineEnd - lineStart > MaxLine || !TryLine(yaml, lineStart, lineEnd, line, keys, pairs))
            {
                return null;
            }
            lineStart = feed + 1;
            line++;
        }
        if (pairs.Count == 0)
        {
            return null;
        }
        var origin = new Mark(0, 1, 1);
        return FrontmatterNode.Mapping(pairs, origin, origin);
    }

    private static bool TryLine(string yaml, int start, int end, int line, HashSet<string> keys, List<KeyValuePair<FrontmatterNode, FrontmatterNode>> pairs)
    {
        // key: [A-Za-z_][A-Za-z0-9_-]*, then ": " and the value.
        var i = start;
        if (i >= end || !(IsLetter(yaml[i]) || yaml[i] == '_'))
        {
            return false;
        }
        while (i < end && (IsLetter(yaml[i]) || IsDigit(yaml[i]) || yaml[i] == '_' || yaml[i] == '-'))
        {
            i++;
        }
        if (end - i < 3 || yaml[i] != ':' || yaml[i + 1] != ' ')
        {
            return false;
        }
        var key = yaml.Substring(start, i - start);
        if (!keys.Add(key))
        {
            return false;
        }
        var keyNode = FrontmatterNode.Scalar(key, MarkAt(start, line, start), MarkAt(i, line, start));
        var valueStart = i + 2;
        FrontmatterNode? value;
        if (yaml[valueStart] == '[')
        {
            value = TrySequence(yaml, valueStart, end, line, start);
        }
        else
        {
            var scalarEnd = ScalarEnd(yaml, valueStart, end, colons: true);
            value = scalarEnd == end ? FrontmatterNode.Scalar(yaml.Substring(valueStart, end - valueStart), MarkAt(valueStart, line, start), MarkAt(end, line, start)) : null;
        }
        if (value is null)
        {
            return false;
        }
        pairs.Add(new KeyValuePair<FrontmatterNode, FrontmatterNode>(keyNode, value));
        return true;
    }

    // "[a, b, c]" or "[]" up to the line's end; YamlDotNet marks a flow sequence with its '[' (a zero-width span).
    private static FrontmatterNode? TrySequence(string yaml, int open, int end, int line, int lineStart)
    {
        if (yaml[end - 1] != ']')
        {
            return null;
        }
        var items = new List<FrontmatterNode>();
        var i = open + 1;
        if (i < end - 1)
        {
            while (true)
            {
                var itemEnd = ScalarEnd(yaml, i, end - 1, colons: false);
                if (itemEnd == i)
                {
                    return null;
                }
                items.Add(FrontmatterNode.Scalar(yaml.Substring(i, itemEnd - i), MarkAt(i, line, lineStart), MarkAt(itemEnd, line, lineStart)));
                if (itemEnd == end - 1)
                {
                    break;
                }
                if (end - 1 - itemEnd < 3 || yaml[itemEnd] != ',' || yaml[itemEnd + 1] != ' ')
                {
                    return null;
                }
                i = itemEnd + 2;
            }
        }
        var mark = MarkAt(open, line, lineStart);
        return FrontmatterNode.Sequence(items, mark, mark);
    }

    /// <summary>
    /// Where a plain scalar starting at <paramref name="start"/> ends (at most <paramref name="end"/>): it starts with a
    /// letter or digit and goes on with printable ASCII other than YAML's indicators and quotes, and does not end in a
    /// space; <paramref name="start"/> itself when there is none. With <paramref name="colons"/> (a value outside a
    /// list) a <c>:</c> followed by something other than a space may be part of it (<c>10:30</c>, <c>https://...</c>).
    /// </summary>
    private static int ScalarEnd(string yaml, int start, int end, bool colons)
    {
        if (start >= end || !(IsLetter(yaml[start]) || IsDigit(yaml[start])))
        {
            return start;
        }
        var i = start + 1;
        while (i < end && (IsScalarCharacter(yaml[i]) || (colons && yaml[i] == ':' && i + 1 < end && yaml[i + 1] != ' ')))
        {
            i++;
        }
        while (i > start && yaml[i - 1] == ' ')
        {
            i--;
        }
        return i;
    }

    private static bool IsScalarCharacter(char c)
        => c >= ' ' && c <= '~' && c is not ('#' or ':' or ',' or '[' or ']' or '{' or '}' or '\'' or '"' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '\\');

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static Mark MarkAt(int index, int line, int lineStart) => new(index, line, index - lineStart + 1);
}
