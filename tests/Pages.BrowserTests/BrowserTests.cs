using Microsoft.Playwright;

namespace Pages.BrowserTests;

/// <summary>
/// Pages in a real browser: progressive streaming, an antiforgery form round trip, a cookie counter, and no
/// console errors. A failing test saves a screenshot under <c>screenshots/</c> beside the test binaries.
/// </summary>
public class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_streamed_page_paints_its_heading_and_head_while_the_late_part_is_pending() => InPage(nameof(A_streamed_page_paints_its_heading_and_head_while_the_late_part_is_pending), async page =>
    {
        // Commit: do not wait for the load event, which comes only after the late part.
        await page.GotoAsync(Url("/streamed"), new() { WaitUntil = WaitUntilState.Commit, Timeout = BrowserPage.Timeout });
        await page.Locator("#early").WaitForAsync(new() { Timeout = BrowserPage.Timeout });

        Assert.Equal("Streamed", await page.TitleAsync());
        // The late paragraph's start tag was sent before the await; its text was not.
        Assert.Equal("", await page.Locator("#late").TextContentAsync());
        var loaded = await page.EvaluateAsync<string>("document.readyState");
        Assert.Equal("loading", loaded);

        fixture.Gate.Release("late data");
        await page.Locator("#late", new() { HasText = "late data" }).WaitForAsync(new() { Timeout = BrowserPage.Timeout });
        await BrowserPage.WaitForLoadedAsync(page);
    });

    [Fact]
    public Task A_form_with_antiforgery_posts_and_round_trips() => InPage(nameof(A_form_with_antiforgery_posts_and_round_trips), async page =>
    {
        await page.GotoAsync(Url("/form"), new() { Timeout = BrowserPage.Timeout });
        Assert.Equal(1, await page.Locator("input[name=__RequestVerificationToken]").CountAsync());
        await page.FillAsync("#name", "Ada <b>");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#send"), r => r.Request.Method == "POST", new() { Timeout = BrowserPage.Timeout });
        await page.Locator("#greeting").WaitForAsync(new() { Timeout = BrowserPage.Timeout });

        Assert.Equal(200, response.Status);
        Assert.Equal("Thanks, Ada <b>", await page.Locator("#greeting").TextContentAsync());
    });

    [Fact]
    public Task The_cookie_counter_increments_on_reload() => InPage(nameof(The_cookie_counter_increments_on_reload), async page =>
    {
        await page.GotoAsync(Url("/counter"), new() { Timeout = BrowserPage.Timeout });
        Assert.Equal("Visits: 1", await page.Locator("#visits").TextContentAsync());
        await page.ReloadAsync(new() { Timeout = BrowserPage.Timeout });
        Assert.Equal("Visits: 2", await page.Locator("#visits").TextContentAsync());
        await page.ReloadAsync(new() { Timeout = BrowserPage.Timeout });
        Assert.Equal("Visits: 3", await page.Locator("#visits").TextContentAsync());
    });

    private string Url(string path) => new Uri(fixture.BaseAddress, path).ToString();

    private Task InPage(string name, Func<IPage, Task> test) => BrowserPage.RunAsync(fixture.Browser, name, test);
}
