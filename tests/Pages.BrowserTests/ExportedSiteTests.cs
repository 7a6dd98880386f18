using System.Net;
using Microsoft.Playwright;

namespace Pages.BrowserTests;

/// <summary>
/// The sample site's static export (<c>dist/</c>) behind a plain static file server, in chromium: every prerendered
/// route the pages link to is in the export and shows the same page as the running app, and the links work when
/// clicked.
/// </summary>
public class ExportedSiteTests(BrowserFixture browser, ExportedSiteFixture site) : IClassFixture<BrowserFixture>, IClassFixture<ExportedSiteFixture>
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public Task Every_linked_prerendered_page_is_exported_and_shows_as_the_server_shows_it() => BrowserPage.RunAsync(browser.Browser, nameof(Every_linked_prerendered_page_is_exported_and_shows_as_the_server_shows_it), async page =>
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var compared = new List<string>();
        var onDemand = new List<string>();
        while (queue.TryDequeue(out string? path))
        {
            // The server marks what it prerenders: such an answer is kept (or read from dist/) and carries an ETag.
            using HttpResponseMessage served = await Http.GetAsync(new Uri(site.Server, path));
            if (served.Headers.ETag is null)
            {
                onDemand.Add(path);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            compared.Add(path);

            // The export holds the same bytes the server sends (a static host redirects /blog to /blog/, as here).
            using HttpResponseMessage file = await GetFollowingRedirectsAsync(new Uri(site.Static, path));
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{path} is not in the export: {(int)file.StatusCode}");
            Assert.Equal(await served.Content.ReadAsStringAsync(), await file.Content.ReadAsStringAsync());
            if (served.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            // And the browser shows it from the static server: the page's links lead on.
            IResponse? shown = await page.GotoAsync(new Uri(site.Static, path).ToString(), new() { Timeout = BrowserPage.Timeout });
            Assert.Equal(200, shown?.Status);
            Assert.False(string.IsNullOrEmpty(await page.TitleAsync()), $"{path} shows no title");
            string[] links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
            foreach (string link in links)
            {
                string target = link.Split('#')[0];
                if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        // The crawl reached the blog through its pagination and posts, the prerendered shop list and the feed, and
        // told the on-demand pages (a product, the counter) apart.
        Assert.Superset(new HashSet<string> { "/", "/blog", "/blog/page/2", "/blog/first-post", "/products", "/rss.xml" }, compared.ToHashSet());
        Assert.Contains("/products/1", onDemand);
        Assert.Contains("/counter", onDemand);
    });

    [Fact]
    public Task Links_of_the_exported_site_work_when_clicked() => BrowserPage.RunAsync(browser.Browser, nameof(Links_of_the_exported_site_work_when_clicked), async page =>
    {
        await page.GotoAsync(site.Static.ToString(), new() { Timeout = BrowserPage.Timeout });
        Assert.Equal("Welcome to Pages", await page.Locator("h1").TextContentAsync());

        await ClickAsync(page, "Read the blog", "/blog/");
        Assert.Equal("Blog", await page.TitleAsync());
        Assert.Equal("Page 1 of 2", await page.Locator("nav span").TextContentAsync());

        await ClickAsync(page, "Older posts", "/blog/page/2/");
        Assert.Equal("Page 2 of 2", await page.Locator("nav span").TextContentAsync());

        await ClickAsync(page, "Hello, Pages", "/blog/first-post/");
        Assert.Equal("Hello, Pages", await page.Locator("article h1").TextContentAsync());

        await ClickAsync(page, "All posts", "/blog/");
        await ClickAsync(page, "Home", "/");
        Assert.Equal("Welcome to Pages", await page.Locator("h1").TextContentAsync());

        await ClickAsync(page, "Products", "/products/");
        Assert.Equal(200, (await page.ReloadAsync(new() { Timeout = BrowserPage.Timeout }))?.Status);
    });

    private static async Task<HttpResponseMessage> GetFollowingRedirectsAsync(Uri url)
    {
        HttpResponseMessage response = await Http.GetAsync(url);
        for (int hops = 0; hops < 3 && response.Headers.Location is Uri location; hops++)
        {
            response.Dispose();
            response = await Http.GetAsync(new Uri(url, location));
        }

        return response;
    }

    /// <summary>Clicks the link named <paramref name="name"/> and waits for the static server's page at <paramref name="path"/>.</summary>
    private async Task ClickAsync(IPage page, string name, string path)
    {
        string url = new Uri(site.Static, path).ToString();
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync(new() { Timeout = BrowserPage.Timeout });
        await BrowserPage.WaitForLoadedAsync(page, url);
    }
}
