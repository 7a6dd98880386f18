using Microsoft.Playwright;

namespace Pages.BrowserTests;

/// <summary>How every browser test runs: a fresh context, no console or page error allowed, a screenshot on failure.</summary>
public static class BrowserPage
{
    /// <summary>How long one navigation or wait may take.</summary>
    public const float Timeout = 15_000;

    /// <summary>
    /// Runs <paramref name="test"/> in a fresh context (its own cookies), fails on any console error or page
    /// error, and saves a screenshot under <c>screenshots/</c> beside the test binaries when it fails.
    /// </summary>
    public static async Task RunAsync(IBrowser browser, string name, Func<IPage, Task> test)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsMissingFavicon(message))
            {
                lock (errors) { errors.Add($"console: {message.Text} ({message.Location})"); }
            }
        };
        page.PageError += (_, error) => { lock (errors) { errors.Add("page error: " + error); } };
        try
        {
            await test(page);
            lock (errors)
            {
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            }
        }
        catch
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
            throw;
        }
    }

    /// <summary>
    /// Waits until the page shows <paramref name="url"/> (any address when null) and its document has loaded.
    /// </summary>
    /// <remarks>
    /// The check runs in the browser, polled by Playwright's server. Playwright .NET's own <c>WaitForURLAsync</c> and
    /// <c>WaitForLoadStateAsync</c> look at the load states they have seen and then subscribe to the next one; an event
    /// delivered between the two is lost and the wait times out on a loaded page (playwright-dotnet#3364). That
    /// failed CI once here.
    /// </remarks>
    public static Task WaitForLoadedAsync(IPage page, string? url = null) =>
        page.WaitForFunctionAsync(
            "url => (url === null || location.href === url) && document.readyState === 'complete'",
            url,
            new() { Timeout = Timeout });

    // A browser asks for /favicon.ico by itself when a page names no icon (the sample site has none): not the page's error.
    private static bool IsMissingFavicon(IConsoleMessage message) =>
        message.Text.Contains("404", StringComparison.Ordinal) && message.Location.Contains("/favicon.ico:", StringComparison.Ordinal);
}
