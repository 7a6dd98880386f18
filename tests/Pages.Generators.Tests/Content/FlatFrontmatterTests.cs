using System.Text;
using CsCheck;
using Pages.Generators.Content;
using Pages.Generators.Tests.Properties;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Pages.Generators.Tests.Content;

/// <summary>
/// <see cref="FlatFrontmatter"/> reads the common flat frontmatter without YamlDotNet. Whatever it reads must give the
/// nodes, texts and marks YamlDotNet gives (so values and diagnostic positions cannot differ), and whatever is outside
/// its subset must be left to YamlDotNet.
/// </summary>
public sealed class FlatFrontmatterTests
{
    [Theory]
    [InlineData("title: Collection collection runtime old value writer with\ndate: 2023-07-06\ntags: [performance, tutorial, design]\n")]
    [InlineData("title: Hello\r\ndate: 2024-03-15T10:30:00Z\r\ntags: []\r\n")]
    [InlineData("url: https://example.com/a?b=c\ntime: 10:30\n")]
    [InlineData("title: 42\ndraft: true\nratio: 1.5e3\nnothing: null\nTitle: case is another key\n")]
    [InlineData("pub-date: Jul 08 2022\nsnake_key: a - b (c) ; d = e ? f / g . h\ntags: [a b, 1, x-y]\n")]
    [InlineData("t: x\n")]
    public void Flat_documents_read_as_YamlDotNet_reads_them(string yaml)
    {
        var flat = FlatFrontmatter.TryParse(yaml);

        Assert.NotNull(flat);
        AssertSame(YamlDotNetRoot(yaml), flat);
    }

    [Theory]
    [InlineData("")]
    [InlineData("title: Hello")]
    [InlineData("title: Hello \n")]
    [InlineData("title:  Hello\n")]
    [InlineData("title:\n")]
    [InlineData("title: \"Hello\"\n")]
    [InlineData("title: It's\n")]
    [InlineData("title: Hello # comment\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: a:\n")]
    [InlineData("tags: [a:b]\n")]
    [InlineData("title: Hello, world\n")]
    [InlineData("title: Café\n")]
    [InlineData("title: a\tb\n")]
    [InlineData("title: Hello\n\ndate: 2024-03-15\n")]
    [InlineData("title: Hello\ntitle: Again\n")]
    [InlineData("author:\n  name: Ada\n")]
    [InlineData("  title: Hello\n")]
    [InlineData("tags: [a,b]\n")]
    [InlineData("tags: [a, b] \n")]
    [InlineData("tags: [a, [b]]\n")]
    [InlineData("tags: [a, ]\n")]
    [InlineData("tags:\n  - a\n")]
    [InlineData("title: ~\n")]
    [InlineData("title: -1\n")]
    [InlineData("title: &a x\n")]
    [InlineData("title: Hello\rdate: x\n")]
    [InlineData("\uFEFFtitle: Hello\n")]
    public void Documents_outside_the_subset_are_left_to_YamlDotNet(string yaml)
    {
        Assert.Null(FlatFrontmatter.TryParse(yaml));
    }

    [Fact]
    public void Random_documents_it_reads_are_read_as_YamlDotNet_reads_them()
    {
        // Mostly plain words, some with YAML's troublemakers, so that documents fall on both sides of the subset.
        var plain = Gen.Select(Gen.Char["azAZ09"], Gen.String[Gen.Char["abzAZ09 -._:/"], 0, 10], Gen.Char["azAZ09"])
            .Select(t => t.Item1 + t.Item2 + t.Item3);
        var tricky = Gen.String[Gen.Char["abzAZ09 -_:#,[]{}\"'.~&*!|>%@`\\\té?"], 0, 12];
        var word = Gen.Frequency((8, plain), (1, tricky));
        var key = Gen.Select(Gen.Char["abkAK_"], Gen.String[Gen.Char["abkAK_-0"], 0, 5]).Select(t => t.Item1 + t.Item2);
        var line = Gen.Select(Gen.Frequency((8, key), (1, Gen.String[Gen.Char["abk_-0 :#"], 0, 4])), Gen.Int[0, 9], word.Array[0, 4], Gen.Bool)
            .Select(t => t.Item1 + (t.Item2 switch { 0 => ":  ", 1 => ":", 2 => " : ", _ => ": " })
                + (t.Item3.Length > 1 ? "[" + string.Join(", ", t.Item3) + "]" : string.Concat(t.Item3))
                + (t.Item4 ? "\r\n" : "\n"));
        var read = 0;
        line.Array[1, 4].Select(lines => string.Concat(lines)).Sample(yaml =>
        {
            var flat = FlatFrontmatter.TryParse(yaml);
            if (flat is not null)
            {
                read++;
                AssertSame(YamlDotNetRoot(yaml), flat);
            }
        }, iter: FuzzBudget.Iterations, print: Literal);
        Assert.True(read > FuzzBudget.Iterations / 50, $"only {read} of {FuzzBudget.Iterations} generated documents were flat: the generator tests too little");
    }

    private static FrontmatterNode YamlDotNetRoot(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return FrontmatterNode.From(stream.Documents[0].RootNode);
    }

    private static void AssertSame(FrontmatterNode expected, FrontmatterNode actual)
    {
        Assert.Equal(Describe(expected), Describe(actual));
    }

    /// <summary>A node and all below it as text: kind, text, plainness and both marks of every node.</summary>
    private static string Describe(FrontmatterNode node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(FrontmatterNode n, int depth)
        {
            text.Append(' ', depth * 2).Append(n.Kind).Append(' ').Append(n.Plain).Append(" '").Append(n.Value).Append("' ")
                .Append($"{n.Start.Index},{n.Start.Line},{n.Start.Column}-{n.End.Index},{n.End.Line},{n.End.Column}").Append('\n');
            foreach (var item in n.Items)
            {
                Write(item, depth + 1);
            }
            foreach (var pair in n.Pairs)
            {
                Write(pair.Key, depth + 1);
                Write(pair.Value, depth + 2);
            }
        }
    }

    private static string Literal(string yaml) => "\"" + yaml.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
