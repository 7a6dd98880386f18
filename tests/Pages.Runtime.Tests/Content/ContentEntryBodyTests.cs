using Xunit;

namespace Pages.Tests.Content;

/// <summary>
/// An entry's body read from its embedded <c>.md</c> file: decoded as the file's text (a byte order mark is not text)
/// and cut at the UTF-16 offset where the frontmatter ends, the offset the generator computes from the same text.
/// </summary>
public class ContentEntryBodyTests
{
    private const string Frontmatter = "---\ntitle: Caf\u00e9\n---\n";
    private const string Body = "Body with \u00e9, \U0001F600 and \u00fc.\n";

    [Theory]
    [InlineData("Bodies/utf8.md")]
    [InlineData("Bodies/utf8-bom.md")]
    [InlineData("Bodies/utf16-bom.md")]
    public void The_body_is_the_text_after_the_frontmatter_whatever_the_encoding(string resource)
        => Assert.Equal(Body, Entry(resource, Frontmatter.Length).Body);

    [Theory]
    [InlineData("Bodies/utf8.md")]
    [InlineData("Bodies/utf16-bom.md")]
    public void Offset_zero_is_the_whole_file_and_an_offset_past_the_end_is_empty(string resource)
    {
        Assert.Equal(Frontmatter + Body, Entry(resource, 0).Body);
        Assert.Equal("", Entry(resource, Frontmatter.Length + Body.Length).Body);
    }

    [Fact]
    public void A_missing_resource_names_it()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Entry("Bodies/missing.md", 0).Body);
        Assert.Contains("'Bodies/missing.md' is not embedded", exception.Message, StringComparison.Ordinal);
    }

    private static ContentEntry<string> Entry(string resource, int bodyStart)
        => new("entry", "data", typeof(ContentEntryBodyTests).Assembly, resource, bodyStart);
}
