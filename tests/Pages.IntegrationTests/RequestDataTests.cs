using System.Net;
using System.Text.RegularExpressions;

namespace Pages.IntegrationTests;

/// <summary>Request data in pages: query, headers, Locals set by middleware, and form posts with antiforgery.</summary>
public class RequestDataTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Page_reads_the_query_and_request_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=green+tea");
        request.Headers.UserAgent.ParseAdd("TestAgent/1.0");
        var body = await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Equal("<p>q=green tea</p>\n<p>agent=TestAgent/1.0</p>\n", body);
    }

    [Fact]
    public async Task Locals_carry_what_middleware_put_in_HttpContext_Items()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/locals");
        request.Headers.Add("X-User", "grace");
        Assert.Equal("<p>Hello grace</p>\n", await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal("<p>Hello ada</p>\n", await server.Client.GetStringAsync("/locals"));
    }

    [Fact]
    public async Task Form_post_with_the_antiforgery_field_reaches_the_page()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.BaseAddress };
        var form = await client.GetStringAsync("/form");
        var field = Regex.Match(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
        Assert.True(field.Success, form);

        var response = await client.PostAsync("/form", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [field.Groups[1].Value] = field.Groups[2].Value,
            ["name"] = "Ada",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<p>Thanks, Ada</p>\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_post_without_a_valid_antiforgery_token_answers_400()
    {
        var response = await server.Client.PostAsync("/form", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Mallory" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Thanks", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Prerendered_page_does_not_take_a_post()
    {
        var response = await server.Client.PostAsync("/about", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("About", await response.Content.ReadAsStringAsync());
    }
}
