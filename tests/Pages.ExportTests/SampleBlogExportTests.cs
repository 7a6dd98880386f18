namespace Pages.ExportTests;

/// <summary>
/// The sample blog (samples/Site) exported as <c>dotnet run -- build --out &lt;dir&gt;</c> does it (the project folder as
/// the content root, so <c>wwwroot/</c> is copied): the blog's
/// list page, one prerendered page per published post, the RSS feed and the sitemap; none of the on-demand shop.
/// </summary>
public class SampleBlogExportTests
{
    [Fact]
    public async Task Sample_blog_exports_its_posts_feed_and_sitemap_and_no_on_demand_page()
    {
        using ExportRun run = await ExportRun.StartAsync(ExportRun.SampleProjectDirectory, ExportRun.SampleDll);
        Assert.True(run.ExitCode == 0, run.ToString());

        // Every link of every written page, the posts' Markdown and tables of contents included, reaches a file or id.
        Assert.Contains(": none broken.", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(
            [
                "404.html", "blog/content-collections/index.html", "blog/first-post/index.html", "blog/index.html",
                "blog/page/2/index.html", "blog/release-0-1/index.html", "index.html", "products/index.html", "robots.txt", "rss.xml", "sitemap.xml",
            ],
            run.Files());

        // A post: the collection entry handed over as props, rendered through the component library's layout.
        string post = run.Read("blog/first-post/index.html");
        Assert.Contains("<title>Hello, Pages</title>", post, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"what-you-get\">What you get</h2>", post, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#what-you-get\">What you get</a></li>", post, StringComparison.Ordinal);
        Assert.Contains("<footer>Built with Pages.</footer>", post, StringComparison.Ordinal);

        // The list is paginated, two posts a page, newest first: page 1 at /blog, page 2 at /blog/page/2; it links to
        // the prerendered posts; the draft is neither listed nor written.
        string first = run.Read("blog/index.html");
        string second = run.Read("blog/page/2/index.html");
        Assert.Contains("<a href=\"/blog/release-0-1\">", first, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/blog/page/2\">Older posts</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/blog/first-post\">Hello, Pages</a>", second, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"/blog\">Newer posts</a>", second, StringComparison.Ordinal);
        Assert.Contains("<span>Page 2 of 2</span>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Files(), file => file.Contains("draft", StringComparison.Ordinal));

        // The feed: newest first, absolute links from the Site option.
        string rss = run.Read("rss.xml");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">", rss, StringComparison.Ordinal);
        string[] links = System.Text.RegularExpressions.Regex.Matches(rss, "<link>(.*?)</link>").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(
            [
                "https://pages.example/blog", "https://pages.example/blog/release-0-1",
                "https://pages.example/blog/content-collections", "https://pages.example/blog/first-post",
            ],
            links);
        Assert.Contains("<loc>https://pages.example/blog/first-post</loc>", run.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://pages.example/blog/page/2</loc>", run.Read("sitemap.xml"), StringComparison.Ordinal);
    }
}
