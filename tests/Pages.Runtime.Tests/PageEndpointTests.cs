using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pages.Tests.Infrastructure;
using static Pages.Tests.Infrastructure.TestPages;

namespace Pages.Tests;

public class PageEndpointTests
{
    private static void ErrorPages(RouteRegistrations routes)
    {
        routes.AddErrorPage(404, "Pages/404.page", null, () => new ErrorPage("<h1>Not here</h1>"));
        routes.AddErrorPage(500, "Pages/500.page", null, () => new ErrorPage("<h1>Sorry</h1>"));
    }

    [Fact]
    public async Task Page_answers_200_with_html()
    {
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/hello/{name}", "Pages/hello/[name].page", false, null, () => new Hello()));
        using HttpResponseMessage response = await app.Client.GetAsync("/hello/<Ada>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("<h1>Hello &lt;Ada&gt;</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_request_is_answered()
    {
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/", "Pages/index.page", false, null, () => new Hello()));
        using HttpResponseMessage response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NotFound_from_the_frontmatter_answers_404_with_the_404_page_body()
    {
        await using var app = await KestrelTestApp.StartAsync(r =>
        {
            r.AddPage("/items/{id}", "Pages/items/[id].page", false, null, () => new NotFoundFromFrontmatter());
            ErrorPages(r);
        });
        using HttpResponseMessage response = await app.Client.GetAsync("/items/2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Not here</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NotFound_without_a_404_page_answers_404_with_an_empty_body()
    {
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/items/{id}", "Pages/items/[id].page", false, null, () => new NotFoundFromFrontmatter()));
        using HttpResponseMessage response = await app.Client.GetAsync("/items/2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_that_sets_404_itself_keeps_its_own_body()
    {
        await using var app = await KestrelTestApp.StartAsync(r =>
        {
            r.AddPage("/gone", "Pages/gone.page", false, null, () => new SetsItsOwn404());
            ErrorPages(r);
        });
        using HttpResponseMessage response = await app.Client.GetAsync("/gone");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<p>my own not found</p>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unmatched_url_answers_404_with_the_404_page_body()
    {
        await using var app = await KestrelTestApp.StartAsync(ErrorPages);
        using HttpResponseMessage response = await app.Client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Not here</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_404_page_also_answers_its_own_url_with_status_404()
    {
        await using var app = await KestrelTestApp.StartAsync(ErrorPages);
        using HttpResponseMessage response = await app.Client.GetAsync("/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<h1>Not here</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Redirect_answers_its_status_with_a_location()
    {
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/old", "Pages/old.page", false, null, () => new RedirectsPermanently()));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Client.BaseAddress };
        using HttpResponseMessage response = await client.GetAsync("/old");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/target", response.Headers.Location!.OriginalString);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exception_before_the_first_byte_answers_500_with_the_500_page_body_only()
    {
        await using var app = await KestrelTestApp.StartAsync(r =>
        {
            r.AddPage("/broken", "Pages/broken.page", false, null, () => new ThrowsBeforeFirstByte());
            ErrorPages(r);
        });
        using HttpResponseMessage response = await app.Client.GetAsync("/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("<h1>Sorry</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exception_without_a_500_page_reaches_the_apps_exception_handler()
    {
        await using var app = await KestrelTestApp.StartAsync(
            r => r.AddPage("/broken", "Pages/broken.page", false, null, () => new ThrowsBeforeFirstByte()),
            beforeMapPages: web => web.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => context.Response.WriteAsync("handled by the app"),
            }));
        using HttpResponseMessage response = await app.Client.GetAsync("/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("handled by the app", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exception_in_development_is_rethrown_for_the_developer_exception_page()
    {
        await using var app = await KestrelTestApp.StartAsync(
            r =>
            {
                r.AddPage("/broken", "Pages/broken.page", false, null, () => new ThrowsBeforeFirstByte());
                ErrorPages(r);
            },
            environment: "Development");
        using HttpResponseMessage response = await app.Client.GetAsync("/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("boom before the first byte", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exception_after_a_flush_aborts_the_connection()
    {
        await using var app = await KestrelTestApp.StartAsync(r =>
        {
            r.AddPage("/stream", "Pages/stream.page", false, null, () => new ThrowsAfterFlush());
            ErrorPages(r);
        });

        Exception? failure = await Record.ExceptionAsync(async () =>
        {
            using HttpResponseMessage response = await app.Client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await response.Content.ReadAsStringAsync();
        });

        Assert.True(failure is HttpRequestException or IOException, $"expected an aborted read, got {failure?.GetType().Name ?? "a complete response"}");
    }

    [Fact]
    public async Task Streaming_page_sends_chunks_without_content_length()
    {
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/s", "Pages/s.page", false, null, () => new Streams()));
        using HttpResponseMessage response = await app.Client.GetAsync("/s", HttpCompletionOption.ResponseHeadersRead);

        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Equal("<head><body>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Buffered_page_sends_content_length()
    {
        string text = new('x', 100_000);
        await using var app = await KestrelTestApp.StartAsync(r => r.AddPage("/big", "Pages/big.page", false, buffer: true, () => new Text(text)));
        using HttpResponseMessage response = await app.Client.GetAsync("/big");

        Assert.Equal(100_000, response.Content.Headers.ContentLength);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Buffer_option_applies_to_pages_without_their_own_setting()
    {
        await using var app = await KestrelTestApp.StartAsync(
            r => r.AddPage("/s", "Pages/s.page", false, null, () => new Streams()),
            options => options.Buffer = true);
        using HttpResponseMessage response = await app.Client.GetAsync("/s");

        Assert.Equal(12, response.Content.Headers.ContentLength);
        Assert.Equal("<head><body>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exception_after_a_flush_in_a_buffered_page_still_answers_the_500_page()
    {
        await using var app = await KestrelTestApp.StartAsync(r =>
        {
            r.AddPage("/stream", "Pages/stream.page", false, buffer: true, () => new ThrowsAfterFlush());
            ErrorPages(r);
        });
        using HttpResponseMessage response = await app.Client.GetAsync("/stream");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("<h1>Sorry</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Routes_match_in_registration_order()
    {
        await using var app = await KestrelTestApp.StartAsync(r =>
        {
            r.AddPage("/items/new", "Pages/items/new.page", false, null, () => new Text("static"));
            r.AddPage("/items/{id}", "Pages/items/[id].page", false, null, () => new Text("param"));
            r.AddPage("/items/{**rest}", "Pages/items/[...rest].page", false, null, () => new Text("rest"));
        });

        Assert.Equal("static", await app.Client.GetStringAsync("/items/new"));
        Assert.Equal("param", await app.Client.GetStringAsync("/items/7"));
        Assert.Equal("rest", await app.Client.GetStringAsync("/items/a/b"));
    }

    [Fact]
    public async Task Conventions_from_MapPages_apply_to_every_page()
    {
        var seen = new List<string?>();
        await using var app = await KestrelTestApp.StartAsync(
            r => r.AddPage("/", "Pages/index.page", false, null, () => new Text("home")),
            beforeMapPages: web => web.Use(async (context, next) =>
            {
                seen.Add(context.GetEndpoint()?.Metadata.GetMetadata<ConventionMarker>()?.Name);
                await next(context);
            }),
            conventions: pages => pages.WithMetadata(new ConventionMarker("pages")));

        Assert.Equal("home", await app.Client.GetStringAsync("/"));
        Assert.Equal(["pages"], seen);
    }

    private sealed record ConventionMarker(string Name);
}
