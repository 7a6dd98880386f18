using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Pages.PackageTests.Infrastructure;

/// <summary>
/// What a site made by <c>dotnet new pages</c> must serve, checked over HTTP the way a browser would use it (a cookie
/// jar, no automatic redirects): shared by the template tests (each output mode) and the Native AOT test.
/// </summary>
internal static partial class SiteChecks
{
    /// <summary>Checks every page and endpoint of the template's site, named <paramref name="siteName"/> (<c>dotnet new pages -n</c>).</summary>
    public static async Task ServesEverythingAsync(Uri baseAddress, string siteName, ITestOutputHelper output)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // The home page, through the layout, lists both posts of the content collection (newest first).
        var index = await GetOkAsync(client, "/");
        Assert.Contains($"<title>{siteName}</title>", index, StringComparison.Ordinal);
        Assert.Contains($"<h1>Welcome to {siteName}</h1>", index, StringComparison.Ordinal);
        Assert.Matches("(?s)href=\"/blog/second-post\">Prerendered or on demand</a>.*href=\"/blog/first-post\">Hello, Pages</a>", index);

        // A post: its Markdown rendered by the runtime, with GitHub-style heading ids.
        var post = await GetOkAsync(client, "/blog/first-post");
        Assert.Contains("<h1>Hello, Pages</h1>", post, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"next-steps\">Next steps</h2>", post, StringComparison.Ordinal);

        // The cookie page counts visits in a cookie the client sends back.
        Assert.Contains("<h1>Visit number 1</h1>", await GetOkAsync(client, "/visits"), StringComparison.Ordinal);
        Assert.Contains("<h1>Visit number 2</h1>", await GetOkAsync(client, "/visits"), StringComparison.Ordinal);
        Assert.Equal("2", handler.CookieContainer.GetCookies(baseAddress)["visits"]?.Value);

        // The form: its token and cookie make the POST to the endpoint succeed; without the token it is refused.
        var contact = await GetOkAsync(client, "/contact");
        var token = TokenField().Match(contact);
        Assert.True(token.Success, "No antiforgery field in /contact:\n" + contact);
        using (var posted = await client.PostAsync("/api/contact", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                   ["name"] = "Ada & Bo",
               })))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Equal("/contact?thanks=Ada%20%26%20Bo", posted.Headers.Location?.OriginalString);
        }

        Assert.Contains("<p class=\"thanks\">Thanks, Ada &amp; Bo! We will write back soon.</p>",
            await GetOkAsync(client, "/contact?thanks=Ada%20%26%20Bo"), StringComparison.Ordinal);
        using (var forged = await client.PostAsync("/api/contact", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Eve" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        // JSON in and out (source-generated metadata).
        using (var greeting = await client.PostAsJsonAsync("/api/greeting.json", new { name = "Ada" }))
        {
            Assert.Equal(HttpStatusCode.OK, greeting.StatusCode);
            Assert.Equal("application/json", greeting.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await greeting.Content.ReadAsStringAsync());
            Assert.Equal("Hello, Ada!", json.RootElement.GetProperty("message").GetString());
            Assert.True(json.RootElement.GetProperty("at").TryGetDateTimeOffset(out _));
        }

        // A static file, and the 404 page for an unknown URL.
        using (var css = await client.GetAsync("/site.css"))
        {
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        }

        using (var missing = await client.GetAsync("/no/such/page"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("<h1>Page not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        output.WriteLine($"{baseAddress}: home, post, cookie page, form POST (and a refused forgery), JSON, CSS and 404 all answered as expected");
    }

    private static async Task<string> GetOkAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
