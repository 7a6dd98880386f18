namespace Pages.ExportTests;

/// <summary>
/// Redirects of <c>AddPages(o =&gt; o.Redirects.Add(...))</c> in the static export: each becomes a meta-refresh page
/// with a canonical link, a dynamic one once per static path of the page it points to.
/// </summary>
public class ConfiguredRedirectExportTests
{
    [Fact]
    public async Task Static_dynamic_and_external_redirects_are_written_as_meta_refresh_pages()
    {
        using ExportRun run = await ExportRun.StartAsync(("Fixture__Redirects", "on"));
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
            <body><a href="/about">Redirecting from <code>/moved</code> to <code>/about</code></a></body>
            </html>

            """.Replace("\r\n", "\n"),
            run.Read("moved.html"));

        // One page per static path of blog/[slug].page, the parameter carried over.
        foreach (string slug in new[] { "first-post", "second-post" })
        {
            string page = run.Read($"posts/{slug}.html");
            Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0;url=/blog/{slug}\">", page, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"canonical\" href=\"https://example.com/blog/{slug}\">", page, StringComparison.Ordinal);
        }

        string external = run.Read("elsewhere.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0;url=https://example.org/away?x=1&amp;y=2\">", external, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/away?x=1&amp;y=2\">", external, StringComparison.Ordinal);

        // Redirects are not pages of the sitemap.
        Assert.DoesNotContain("moved", run.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("posts/", run.Read("sitemap.xml"), StringComparison.Ordinal);
    }
}
