using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pages.Tests.Infrastructure;
using static Pages.Tests.Infrastructure.TestPages;

namespace Pages.Tests.Routing;

/// <summary>
/// The page endpoint reaches what differs for a request the app sent itself (the static export's) only through
/// <see cref="IRequestHooks"/>: a client's request follows the on-demand rules; other hooks change exactly what they say.
/// </summary>
public class RequestHooksTests
{
    [Fact]
    public async Task A_clients_request_is_redirected_to_the_trailing_slash_form()
    {
        await using var app = await KestrelTestApp.StartAsync(
            r => r.AddPage("/about", "Pages/about.page", false, null, () => new Text("about")),
            o => o.TrailingSlash = TrailingSlash.Always);
        using HttpClient client = WithoutRedirects(app);
        using HttpResponseMessage response = await client.GetAsync("/about");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Hooks_that_turn_off_trailing_slash_redirects_get_the_page_in_the_form_requested()
    {
        var hooks = new RecordingHooks();
        await using var app = await KestrelTestApp.StartAsync(
            r => r.AddPage("/about", "Pages/about.page", false, null, () => new Text("about")),
            o => o.TrailingSlash = TrailingSlash.Always,
            beforeMapPages: web => web.Services.GetRequiredService<PagesRuntime>().RequestHooks = hooks);
        using HttpClient client = WithoutRedirects(app);
        using HttpResponseMessage response = await client.GetAsync("/about");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("about", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_that_throws_is_reported_to_the_hooks_before_the_500_page_answers()
    {
        var hooks = new RecordingHooks();
        await using var app = await KestrelTestApp.StartAsync(
            r =>
            {
                r.AddPage("/broken", "Pages/broken.page", false, null, () => new ThrowsBeforeFirstByte());
                r.AddErrorPage(500, "Pages/500.page", null, () => new ErrorPage("<h1>Sorry</h1>"));
            },
            beforeMapPages: web => web.Services.GetRequiredService<PagesRuntime>().RequestHooks = hooks);
        using HttpResponseMessage response = await app.Client.GetAsync("/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("<h1>Sorry</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal("boom before the first byte", Assert.Single(hooks.Failures).Message);
    }

    private static HttpClient WithoutRedirects(KestrelTestApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Client.BaseAddress };

    /// <summary>Hooks like the export's: no trailing-slash redirects, no kept answers; records what failed.</summary>
    private sealed class RecordingHooks : IRequestHooks
    {
        public List<Exception> Failures { get; } = [];

        public bool RedirectsToTrailingSlashForm => false;

        public bool ServesPrerenderedAnswers => false;

        public StaticPath? StaticPathOf(HttpContext context) => null;

        public void Rewritten(HttpContext context)
        {
        }

        public void Failed(HttpContext context, Exception exception)
        {
            lock (Failures)
            {
                Failures.Add(exception);
            }
        }
    }
}
