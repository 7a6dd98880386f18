using System.Net;

namespace Pages.IntegrationTests;

/// <summary>
/// <c>return Rewrite("/other")</c> on real Kestrel: the target's content for the same request, no redirect, loops
/// answered 508.
/// </summary>
public class RewriteTests : IClassFixture<KestrelFixture>
{
    private readonly HttpClient _client;

    public RewriteTests(KestrelFixture fixture) => _client = fixture.Client;

    [Fact]
    public async Task Rewrite_answers_the_target_page_without_a_redirect()
    {
        using HttpResponseMessage response = await _client.GetAsync("/rewrite/to-about");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>About</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("never written", body, StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Target_gets_its_own_route_params_and_props()
    {
        using HttpResponseMessage response = await _client.GetAsync("/rewrite/2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Second (2)</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_sees_the_rewritten_path_and_query()
    {
        using HttpResponseMessage response = await _client.GetAsync("/rewrite/to-request");
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/request?from=rewrite</p>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rewrite_loop_answers_508_with_the_chain()
    {
        using HttpResponseMessage response = await _client.GetAsync("/rewrite/loop-a");
        Assert.Equal((HttpStatusCode)508, response.StatusCode);
        Assert.Contains("/rewrite/loop-a → /rewrite/loop-b → /rewrite/loop-a", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rewrite_to_no_route_answers_the_404_page()
    {
        using HttpResponseMessage response = await _client.GetAsync("/rewrite/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rewrite_to_a_dynamic_page_outside_its_static_paths_answers_404()
    {
        using HttpResponseMessage response = await _client.GetAsync("/rewrite/9");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
