using Xunit;

namespace Pages.Tests;

/// <summary>What the export's link check reads from a written page: href/src values and ids, markup only.</summary>
public class HtmlLinkScannerTests
{
    [Fact]
    public void Reads_href_and_src_in_any_quoting_with_character_references_decoded()
    {
        var (links, _) = HtmlLinkScanner.Scan("<a href=\"/a?x=1&amp;y=2\">a</a><img src='/i.png'><link rel=icon HREF=/f.ico><a>no href</a>");
        Assert.Equal(["/a?x=1&y=2", "/i.png", "/f.ico"], links);
    }

    [Fact]
    public void Reads_ids_and_anchor_names_as_fragment_targets()
    {
        var (_, ids) = HtmlLinkScanner.Scan("<h2 id=\"what-you-get\">x</h2><a name=top></a><input name=q><p ID='x y'>");
        Assert.Equal(["top", "what-you-get", "x y"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Skips_comments_scripts_styles_and_end_tags()
    {
        const string Html = """
            <!-- <a href="/in-comment"> -->
            <script>document.write('<a href="/in-script">')</script>
            <style>a[href="/in-style"] { color: red }</style>
            </a href="/end-tag">
            <p>1 < 2 and <a href="/real">real</a></p>
            """;
        Assert.Equal(["/real"], HtmlLinkScanner.Scan(Html).Links);
    }
}
