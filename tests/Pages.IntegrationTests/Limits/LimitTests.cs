using System.Net;

namespace Pages.IntegrationTests.Limits;

/// <summary>
/// Issue 13, "Load and limits" and "open behaviours": what a page or endpoint answers to a request it does not
/// serve (method, body size, HEAD), over real Kestrel.
/// </summary>
[Xunit.Collection(KeptPageCollection.Name)] // qualified: inside namespace Pages.*, [Collection] is Pages.CollectionAttribute
public class LimitTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Theory]
    [InlineData("/kept")]        // prerendered, rendered once and kept
    [InlineData("/exported")]    // prerendered, served from dist/
    [InlineData("/about")]
    public async Task A_post_to_a_prerendered_page_answers_405_with_Allow(string path)
    {
        var response = await server.Client.PostAsync(path, new StringContent("x=1"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("/kept")]
    [InlineData("/streamed")]
    [InlineData("/buffered")]
    [InlineData("/counter")]
    [InlineData("/api/items.json")]
    [InlineData("/no-such-page")]
    public async Task A_head_request_never_gets_a_body(string path)
    {
        // Over a bare socket: HttpClient would drop a body sent after a HEAD without saying so.
        await using var http = await RawHttp.SendAsync(server.BaseAddress, "HEAD", path);
        await http.ReadToEndAsync();

        var headerEnd = http.Received.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(headerEnd > 0, http.Received);
        Assert.Equal("", http.Received[(headerEnd + 4)..]);
    }

    [Fact]
    public async Task A_put_to_an_on_demand_page_answers_405_with_Allow_listing_POST()
    {
        var response = await server.Client.PutAsync("/counter", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_post_to_an_unknown_url_is_still_404()
        => Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync("/no/such/page", new StringContent("x"))).StatusCode);

    [Fact]
    public async Task An_unknown_method_on_an_endpoint_answers_405()
    {
        var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod("BREW"), "/api/items.json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        // Kestrel's default limit is 30,000,000 bytes. Declared up front (Content-Length), the request is refused
        // before the endpoint reads it; a bare socket, since HttpClient stops on the broken pipe of the unread body.
        await using var http = await RawHttp.SendAsync(server.BaseAddress, "POST", "/api/items.json",
            headers: "Content-Type: application/json\r\nContent-Length: 31000000\r\n");
        await http.ReadUntilAsync("\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 413 ", http.Received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_stream_leaves_no_unobserved_exception()
    {
        var unobserved = 0;
        EventHandler<UnobservedTaskExceptionEventArgs> count = (_, _) => Interlocked.Increment(ref unobserved);
        TaskScheduler.UnobservedTaskException += count;
        try
        {
            for (var i = 0; i < 5; i++)
            {
                // streamed.page sends its head, then awaits 1.5 s: the client leaves in between.
                var http = await RawHttp.SendAsync(server.BaseAddress, "GET", "/streamed", keepAlive: true);
                Assert.True(await http.ReadUntilAsync("<head>"), http.Received);
                await http.DisposeAsync();
            }
            await Task.Delay(2500); // every abandoned render has reached its next write
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.Equal(0, Volatile.Read(ref unobserved));
            var after = await server.Client.GetAsync("/streamed");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= count;
        }
    }
}
