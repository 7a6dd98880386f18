using Pages.Tests.Infrastructure;

namespace Pages.Tests;

/// <summary>The scheme check of URL attributes (docs/language.md): script-running URLs get an inert "unsafe:" in front.</summary>
public class HtmlWriterUrlAttributeTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("  \u0001javascript:x")]
    [InlineData("java\nscr\tipt:x")]
    [InlineData("vbscript:x")]
    [InlineData("data:text/html,<b>")]
    [InlineData("data:image/svg+xml,<svg>")]
    public void A_url_that_runs_script_is_made_inert_in_every_url_attribute(string url)
    {
        foreach (var name in new[] { "href", "src", "action", "formaction", "poster", "cite", "data", "xlink:href", "HREF" })
        {
            var html = HtmlWriterHarness.Render(w => w.WriteAttribute(System.Text.Encoding.UTF8.GetBytes(name), url));
            Assert.StartsWith($" {name}=\"unsafe:", html, StringComparison.Ordinal);
        }
        Assert.Contains("=\"unsafe:", HtmlWriterHarness.Render(w => w.WriteAttribute("href"u8, (object?)new Uri(url.Trim(), UriKind.RelativeOrAbsolute))));
        Assert.Contains(" src=\"unsafe:", HtmlWriterHarness.Render(w => w.WriteAttributes(new Dictionary<string, object?> { ["src"] = url })));
    }

    [Theory]
    [InlineData("https://example.com/a?b=c")]
    [InlineData("/relative/path")]
    [InlineData("mailto:ada@example.com")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("javascript-guide.html")]
    [InlineData("#javascript:x")]
    public void Other_urls_are_written_as_they_are(string url)
        => Assert.DoesNotContain("unsafe:", HtmlWriterHarness.Render(w => { w.WriteAttribute("href"u8, url); w.WriteAttributes(new Dictionary<string, object?> { ["src"] = url }); }));

    [Fact]
    public void Attributes_that_are_not_urls_are_not_checked()
        => Assert.Equal(" title=\"javascript:x\" data-href=\"javascript:x\"", HtmlWriterHarness.Render(w => { w.WriteAttribute("title"u8, "javascript:x"); w.WriteAttribute("data-href"u8, "javascript:x"); }));
}
