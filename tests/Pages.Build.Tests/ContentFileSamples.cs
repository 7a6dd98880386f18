using System.Text;

namespace Pages.Build.Tests;

/// <summary>
/// Content files as bytes, made up from a seeded <see cref="Random"/> to cover what a reader of their head can get wrong:
/// a UTF-8 byte order mark, CRLF, fences with trailing (also non-ASCII) whitespace and lines that only look like fences,
/// frontmatters longer than a first read or the grown buffer, multi-byte characters anywhere (so also across a read's
/// edge), bytes that are not UTF-8, no or an unclosed frontmatter, a fence that ends the file, and UTF-16 files.
/// </summary>
internal static class ContentFileSamples
{
    private static readonly string[] Words = ["title", "café", "漢字", "naïve", "😀", "x", "Ωmega", "tab\there", "a:b", "\u2028", "—"];

    // Lines that start like a fence but are none: a reader must keep going past them.
    private static readonly string[] NotFences = ["----", "--- x", " ---", "---x", "--", "---\u3000x", "-- -"];

    // Fences: "---" and whitespace other than a line feed (char.IsWhiteSpace, as FrontmatterBundle.Extract tests it).
    private static readonly string[] Fences = ["---", "---", "---", "---  ", "---\t", "---\u00A0", "---\u3000"];

    public static (byte[] Bytes, string Description) Next(Random random)
    {
        var description = new StringBuilder();
        var newline = random.Next(10) switch { < 6 => "\n", < 9 => "\r\n", _ => "mixed" };
        string Newline() => newline == "mixed" ? (random.Next(2) == 0 ? "\n" : "\r\n") : newline;
        var text = new List<byte>();
        void Add(string s) => text.AddRange(Encoding.UTF8.GetBytes(s));

        var opening = random.Next(12) switch
        {
            < 9 => Pick(random, Fences),
            9 => Pick(random, NotFences),
            10 => "# No frontmatter",
            _ => "",
        };
        Add(opening);
        Add(Newline());
        description.Append($"opening '{opening}', newline {newline.Replace("\r", "\\r").Replace("\n", "\\n")}");

        // Mostly short; some longer than the first read (4 KB) and than the buffer grown once (16 KB).
        var lines = random.Next(10) switch { < 7 => random.Next(0, 12), < 9 => random.Next(100, 400), _ => random.Next(400, 1500) };
        description.Append($", {lines} lines");
        for (var line = 0; line < lines; line++)
        {
            if (random.Next(40) == 0)
            {
                Add(Pick(random, NotFences));
            }
            else
            {
                Add($"{Pick(random, Words)}{line}: {Pick(random, Words)} {Pick(random, Words)}");
            }
            if (random.Next(60) == 0)
            {
                // Not UTF-8: a stray continuation byte, a truncated sequence, an invalid lead byte.
                text.AddRange(random.Next(3) switch { 0 => [0x80], 1 => [0xE2, 0x82], _ => [0xFF] });
                description.Append(", invalid UTF-8");
            }
            Add(Newline());
        }

        if (random.Next(6) != 0)
        {
            var closing = Pick(random, Fences);
            Add(closing);
            description.Append($", closed by '{closing}'");
            if (random.Next(15) == 0)
            {
                description.Append(" at the end of the file");
                return (Finish(random, text, description), description.ToString());
            }
            Add(Newline());
        }
        else
        {
            description.Append(", not closed");
        }

        var bodyLines = random.Next(0, 80);
        for (var line = 0; line < bodyLines; line++)
        {
            Add(random.Next(15) == 0 ? "---" : $"Body {Pick(random, Words)} {line} {Pick(random, Words)}");
            Add(Newline());
        }
        return (Finish(random, text, description), description.ToString());
    }

    // A UTF-8 byte order mark now and then, or the whole text as UTF-16 (which File.ReadAllText reads by its mark).
    private static byte[] Finish(Random random, List<byte> text, StringBuilder description)
    {
        switch (random.Next(20))
        {
            case < 4:
                description.Append(", UTF-8 byte order mark");
                return [0xEF, 0xBB, 0xBF, .. text];
            case 4:
                description.Append(", UTF-16 LE");
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString([.. text]))];
            case 5:
                description.Append(", UTF-16 BE");
                return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString([.. text]))];
            default:
                return [.. text];
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
