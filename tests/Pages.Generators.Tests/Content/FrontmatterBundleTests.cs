using System.Text;
using System.Text.RegularExpressions;
using Pages.Build;
using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>
/// The frontmatter file's format (src/Shared/FrontmatterBundle.cs), written by the build task and read by the generator:
/// what is taken from a content file, and records that come back as they were written.
/// </summary>
public sealed class FrontmatterBundleTests
{
    // What the build targets took with a property function before the task: the extraction must not have changed.
    private static readonly Regex Before = new(@"\A(?:---[^\S\n]*\n(?:[^\n]*\n)*?---[^\S\n]*(?:\n|\z)|[\s\S]*)");

    public static TheoryData<string> Files() => new()
    {
        "---\ntitle: A\n---\n# Body\n\ntext\n",
        "---\r\ntitle: A\r\n---\r\nbody\r\n",
        "---  \ntitle: A\n---\t \nbody",
        "---\ntitle: A\n---",
        "---\n---\nbody",
        "---\ntitle: A\nno closing fence\n",
        "# No frontmatter\n---\nx\n---\n",
        "---",
        "---x\ntitle: A\n---\n",
        "---\ntitle: A\n----\n---\nbody\n",
        "---\ntitle: A\n ---\nbody\n---\n",
        "",
        "\n---\ntitle: A\n---\n",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_takes_what_the_targets_regular_expression_took(string file)
    {
        Assert.Equal(Before.Match(file).Value, FrontmatterBundle.Extract(file));
    }

    [Fact]
    public void Records_are_read_back_as_written()
    {
        (string, string)[] records =
        [
            ("a.md", "---\ntitle: A\n---\n"),
            ("sub dir/b c.md", "---\r\ntitle: \"12 x\"\r\n---\r\n"),
            ("empty.md", ""),
            ("whole.md", "no fence\n5 lines.md\n"),
        ];
        var bundle = new StringBuilder();
        foreach (var (path, text) in records)
        {
            FrontmatterBundle.Append(bundle, path, text);
        }

        Assert.Equal(records, FrontmatterBundle.Read(bundle.ToString()).Select(r => (r.Key, r.Value)));
    }

    [Fact]
    public void A_file_cut_short_gives_the_whole_records_before_the_cut()
    {
        var bundle = new StringBuilder();
        FrontmatterBundle.Append(bundle, "a.md", "---\ntitle: A\n---\n");
        FrontmatterBundle.Append(bundle, "b.md", "---\ntitle: B\n---\n");
        var text = bundle.ToString();

        Assert.Equal(["a.md"], FrontmatterBundle.Read(text.Substring(0, text.Length - 4)).Select(r => r.Key));
        Assert.Empty(FrontmatterBundle.Read("x a.md\n"));
        Assert.Empty(FrontmatterBundle.Read("99 a.md\nshort\n"));
    }
}
