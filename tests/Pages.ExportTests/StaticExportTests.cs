namespace Pages.ExportTests;

/// <summary>The fixture site exported by its own process, in both build formats; its files and bytes.</summary>
public class StaticExportTests
{
    [Fact]
    public async Task File_format_from_MSBuild_writes_every_prerendered_route_and_nothing_on_demand()
    {
        using ExportRun run = await ExportRun.StartAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "404.html", "500.html", "about.html", "api/alpha.json", "api/beta.json", "blog.html",
                "blog/first-post.html", "blog/second-post.html", "boom.html", "css/site.css", "docs.html",
                "docs/guide/intro.html", "index.html", "links.html", "old.html", "rss.xml", "sitemap.xml", "tags/dotnet.html",
                "tags/héllo.html", "unsafe/safe.html",
            ],
            run.Files());
        Assert.DoesNotContain(run.Files(), file => file.StartsWith("live", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prerendered_endpoints_are_written_at_their_own_paths_and_on_demand_ones_are_not()
    {
        using ExportRun run = await ExportRun.StartAsync(("Fixture__Format", "directory"));
        Assert.True(run.ExitCode == 0, run.ToString());

        // A static endpoint, with the site's URL; a dynamic one, once per static path with that path's props.
        Assert.Equal("<rss version=\"2.0\"><channel><link>https://example.com/</link></channel></rss>\n", run.Read("rss.xml"));
        Assert.Equal("{\"name\":\"alpha\",\"count\":1}\n", run.Read("api/alpha.json"));
        Assert.Equal("{\"name\":\"beta\",\"count\":2}\n", run.Read("api/beta.json"));

        // On demand (Prerender = false) and POST-only endpoints have nothing to write; endpoints never get index.html.
        Assert.Equal(["api/alpha.json", "api/beta.json"], run.Files().Where(file => file.StartsWith("api/", StringComparison.Ordinal)));
        Assert.DoesNotContain("rss.xml/index.html", run.Files());

        // The sitemap lists HTML pages only.
        Assert.DoesNotContain(".json", run.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("rss.xml", run.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_format_from_options_writes_index_files()
    {
        using ExportRun run = await ExportRun.StartAsync(("Fixture__Format", "directory"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "404.html", "500.html", "about/index.html", "api/alpha.json", "api/beta.json",
                "blog/first-post/index.html", "blog/index.html", "blog/second-post/index.html", "boom/index.html",
                "css/site.css", "docs/guide/intro/index.html", "docs/index.html", "index.html", "links/index.html", "old/index.html",
                "rss.xml", "sitemap.xml", "tags/dotnet/index.html", "tags/héllo/index.html", "unsafe/safe/index.html",
            ],
            run.Files());
        Assert.Equal("<h1>First post</h1>\n<p>first-post</p>\n", run.Read("blog/first-post/index.html"));
    }

    [Fact]
    public async Task Files_hold_the_bytes_pages_render_through_the_app_pipeline()
    {
        // A German build machine: the export pins the invariant culture, so 1234.5 is not written "1234,5".
        using ExportRun run = await ExportRun.StartAsync(("LC_ALL", "de_DE.UTF-8"), ("LANG", "de_DE.UTF-8"));
        Assert.True(run.ExitCode == 0, run.ToString());

        // After hosted services started; middleware Locals; the configured site's scheme and host.
        Assert.Equal("<!DOCTYPE html>\n<h1>Home</h1>\n<p>started, set by middleware, https://example.com/, 1234.5</p>\n", run.Read("index.html"));
        Assert.Equal("<h1>About</h1>\n", run.Read("about.html"));
        Assert.Equal("<h1>Second post</h1>\n<p>second-post</p>\n", run.Read("blog/second-post.html"));
        Assert.Equal("<h1>Tag héllo</h1>\n", run.Read("tags/héllo.html"));
        Assert.Equal("<h1>Docs home</h1>\n", run.Read("docs.html"));
        Assert.Equal("<h1>Docs guide/intro</h1>\n", run.Read("docs/guide/intro.html"));
        Assert.Equal("<h1>Not found</h1>\n", run.Read("404.html"));
        Assert.Equal("<h1>Server error</h1>\n", run.Read("500.html"));
        Assert.Equal("body { font-family: sans-serif; }\n", run.Read("css/site.css"));
    }

    [Fact]
    public async Task Culture_option_is_the_culture_pages_format_in()
    {
        using ExportRun run = await ExportRun.StartAsync(("Fixture__Culture", "de-DE"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1234,5", run.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_is_written_as_a_meta_refresh_page_with_a_canonical_link()
    {
        using ExportRun run = await ExportRun.StartAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Redirecting to: /about</title>
            <meta http-equiv="refresh" content="0;url=/about">
            <meta name="robots" content="noindex">
            <link rel="canonical" href="https://example.com/about">
            </head>
            <body><a href="/about">Redirecting from <code>/old</code> to <code>/about</code></a></body>
            </html>

            """.Replace("\r\n", "\n"),
            run.Read("old.html"));
    }

    [Fact]
    public async Task Sitemap_lists_the_html_pages_at_the_site_url()
    {
        using ExportRun run = await ExportRun.StartAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        string sitemap = run.Read("sitemap.xml");
        string[] locations = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>(.*?)</loc>").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(
            [
                "https://example.com/about", "https://example.com/blog/first-post", "https://example.com/blog/second-post",
                "https://example.com/blog", "https://example.com/boom", "https://example.com/docs",
                "https://example.com/docs/guide/intro", "https://example.com/links", "https://example.com/tags/dotnet", "https://example.com/tags/h%C3%A9llo",
                "https://example.com/unsafe/safe", "https://example.com/",
            ],
            locations);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_reports_pages_files_bytes_and_seconds()
    {
        using ExportRun run = await ExportRun.StartAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        long bytes = run.Files().Sum(file => new FileInfo(Path.Combine(run.Output, file)).Length);
        string expected = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes:N0}");
        Assert.Matches(
            $@"Exported 15 pages: 20 files \(18 rendered, 1 copied from wwwroot, sitemap.xml; 20 written, 0 unchanged, 0 removed\), {expected} bytes in \d+\.\d\d s",
            run.StandardOutput);
    }
}
