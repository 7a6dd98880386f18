using System.Text;

namespace Pages.Generators.Tests.Properties;

/// <summary>
/// One edit of a page's text, as a keystroke, a paste or a bad save makes it. Positions are fractions of the
/// current text's length, so a mutation stays valid whatever edits ran before it and shrinks towards the start.
/// </summary>
public readonly record struct PageMutation(MutationKind Kind, double Position, int Size, int Choice)
{
    /// <summary>Characters that open, close or switch a construct of the page language.</summary>
    public static readonly string[] Tokens =
    {
        "{", "}", "<", ">", "@", "---", "\"", "'", "</", "/>", "=", "{...", "@if (", "@foreach (", "} else {",
        "\n---\n", "<!--", "-->", "<script>", "</script>", "<style>", "{\"", "\"}", "$\"{", "\"\"\"", "/*", "//",
        "<slot", "<Fragment", " class:list={", " set:html={", "<Card ", "case 1:", "@switch (", "&", "`",
    };

    /// <summary>Text editors and files bring in: astral characters, halves of a surrogate pair, odd line ends.</summary>
    public static readonly string[] Unicode =
    {
        "😀", "\uD83D", "\uDE00", "\u2028", "\u2029", "\u0085", "é", "\0", "\uFEFF", "\u202E", "\t", "\r", "\u00A0", "𝔘\u0301",
    };

    /// <summary>The largest number of '(' one <see cref="MutationKind.Repeat"/> adds.</summary>
    internal const int MaxRepeatedParentheses = 10;

    /// <summary>
    /// How many times <see cref="MutationKind.Repeat"/> pastes its chunk: 1 to 30, but never more than
    /// <see cref="MaxRepeatedParentheses"/> '(' in all. Roslyn's own parser (4.14, which the tests pin, and the SDK's 5.x)
    /// takes exponential time over unclosed nested argument lists with assignments, <c>f(N = f(N = f(N = …</c>: 18 levels
    /// 1.2 s, 20 levels 4–7 s, 22 levels 13 s, and a chunk <c>RenderCount.@foreach (Nender = </c> pasted 26 times into a
    /// frontmatter hung a CI run (docs/reliability.md). A real build would hang in the compiler on that text too;
    /// the property tests the generator, not Roslyn's known blowup.
    /// </summary>
    internal static int RepeatCount(string chunk, int choice)
    {
        var count = 1 + choice % 30;
        var parentheses = chunk.Count(c => c == '(');
        return parentheses == 0 ? count : Math.Min(count, Math.Max(1, MaxRepeatedParentheses / parentheses));
    }

    public string Apply(string text)
    {
        var at = (int)Math.Round(Position * text.Length);
        switch (Kind)
        {
            case MutationKind.Delete:
                return text.Remove(at, Math.Min(1 + Size, text.Length - at));
            case MutationKind.InsertToken:
                return text.Insert(at, Tokens[Choice % Tokens.Length]);
            case MutationKind.InsertUnicode:
                return text.Insert(at, Unicode[Choice % Unicode.Length]);
            case MutationKind.Truncate:
                return text.Substring(0, at);
            case MutationKind.Nest:
                // The same opening repeated: deep nesting of elements, blocks or holes.
                var opener = new[] { "<div>", "@if (true) {", "{", "<Card>", "<p " }[Choice % 5];
                return text.Insert(at, string.Concat(Enumerable.Repeat(opener, 1 + Size * 50)));
            case MutationKind.Repeat:
                var length = Math.Min(1 + Size, text.Length - at);
                var chunk = text.Substring(at, length);
                return text.Insert(at, string.Concat(Enumerable.Repeat(chunk, RepeatCount(chunk, Choice))));
            case MutationKind.LongLine:
                return text.Insert(at, new string(Choice % 2 == 0 ? 'x' : ' ', 1000 + Size * 1000));
            case MutationKind.LineEndings:
                return ChangeLineEndings(text, Choice);
            case MutationKind.ByteOrderMark:
                return text.StartsWith('\uFEFF') ? text : "\uFEFF" + text;
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null);
        }
    }

    /// <summary>Every line end becomes CRLF (0), CR (1), LF (2), or a mix chosen by <paramref name="choice"/>'s bits.</summary>
    private static string ChangeLineEndings(string text, int choice)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var sb = new StringBuilder(text.Length + lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                var style = choice % 4 == 3 ? (choice >> (2 + i % 28)) % 3 : choice % 4;
                sb.Append(style switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
            }
            sb.Append(lines[i]);
        }
        return sb.ToString();
    }

    /// <summary>Whether the edit only changes how lines end or whether a BOM leads: a valid page stays valid.</summary>
    public bool PreservesMeaning => Kind is MutationKind.LineEndings or MutationKind.ByteOrderMark;

    /// <summary>
    /// How many diagnostics this edit may cause at most: a few, or a few per copy when it repeats a slice of
    /// the text (each copy of a broken construct is its own mistake).
    /// </summary>
    public int DiagnosticBudget(int perMistake) => Kind == MutationKind.Repeat ? perMistake * (2 + Choice % 30) : perMistake;

    public override string ToString() => $"{Kind}@{Position:0.###} size {Size} choice {Choice}";
}
