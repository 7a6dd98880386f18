using System.Net;

namespace Pages.IntegrationTests;

/// <summary>SPEC §2.1: only a page's frontmatter may change the status, headers, status text and cookies.</summary>
public class ResponseRuleTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private const string Why = "can only be changed in a page&#x27;s frontmatter, before the template starts";

    [Fact]
    public async Task Frontmatter_may_set_headers()
    {
        var response = await server.Client.GetAsync("/rule/template");
        Assert.Equal("allowed", response.Headers.GetValues("X-Frontmatter").Single());
    }

    [Theory]
    [InlineData("header", "The response header &#x27;X-Template&#x27;")]
    [InlineData("status", "Response.StatusCode")]
    [InlineData("text", "StatusText")]
    [InlineData("cookie", "The cookie &#x27;late&#x27;")]
    public async Task Template_that_changes_the_response_gets_an_exception_saying_why(string id, string what)
    {
        var response = await server.Client.GetAsync("/rule/template");
        var body = await response.Content.ReadAsStringAsync();
        var line = body.Split('\n').Single(l => l.StartsWith($"<p id=\"{id}\">", StringComparison.Ordinal));
        Assert.Contains(what + " " + Why, line);
        Assert.Contains("frontmatter has finished", line);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Template"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Component_that_sets_the_status_gets_an_exception_saying_why()
    {
        var response = await server.Client.GetAsync("/rule/component");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Response.StatusCode " + Why, body);
        Assert.Contains("StatusSetter is a component", body);
    }
}
