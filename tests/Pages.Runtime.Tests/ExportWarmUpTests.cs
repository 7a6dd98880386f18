namespace Pages.Tests;

/// <summary>
/// The export's warm-up renders a sample document so that Markdig's parsers and renderers have run before the first
/// page: a construct the sample misspells would silently not be warmed, so each one must come out as HTML.
/// </summary>
public class ExportWarmUpTests
{
    [Theory]
    [InlineData("<h2 id=\"a-section\">A section</h2>")]
    [InlineData("<strong>bold</strong>")]
    [InlineData("<em>italic</em>")]
    [InlineData("<code>code</code>")]
    [InlineData("<a href=\"/posts/a/\">link</a>")]
    [InlineData("<a href=\"https://example.com/auto\">")]
    [InlineData("<ul>")]
    [InlineData("<ol>")]
    [InlineData("<table>")]
    [InlineData("<blockquote>")]
    [InlineData("<pre><code class=\"language-csharp\">")]
    [InlineData("<h3 id=\"custom\">A subsection</h3>")]
    [InlineData("<div class=\"note\">HTML</div>")]
    [InlineData("class=\"footnotes\"")]
    public void The_sample_document_exercises_each_common_construct(string html)
    {
        Assert.Contains(html, MarkdownRenderer.Render(ExportWarmUp.Markdown).Html.Value, StringComparison.Ordinal);
    }
}
