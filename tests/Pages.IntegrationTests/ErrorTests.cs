using System.Net;

namespace Pages.IntegrationTests;

/// <summary>SPEC §4's error rules through generated pages on real Kestrel.</summary>
public class ErrorTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Throw_before_the_first_byte_answers_500_with_the_500_page()
    {
        var response = await server.Client.GetAsync("/fail/before");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("<h1>Custom server error</h1>\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Throw_after_streaming_began_aborts_the_connection_instead_of_a_clean_truncated_200()
    {
        await using var http = await RawHttp.SendAsync(server.BaseAddress, "GET", "/fail/streaming", keepAlive: true);
        await http.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", http.Received);
        Assert.Contains("Transfer-Encoding: chunked\r\n", http.Received);
        Assert.Contains("<title>Half a page</title>", http.Received);
        Assert.DoesNotContain("</html>", http.Received);
        // A chunked response ends cleanly only with its terminating zero-length chunk; an aborted one never has it.
        Assert.DoesNotContain("\r\n0\r\n\r\n", http.Received);
    }

    [Fact]
    public async Task Throw_after_streaming_began_is_an_error_for_HttpClient()
    {
        // The reset may reach the client before or after it has read the headers (it depends on timing), but the
        // request as a whole must never complete as a clean response.
        var error = await Record.ExceptionAsync(async () =>
        {
            var response = await server.Client.GetAsync("/fail/streaming", HttpCompletionOption.ResponseHeadersRead);
            await response.Content.ReadAsStringAsync();
        });
        Assert.NotNull(error);
        Assert.True(error is HttpRequestException or IOException, error.ToString());
    }

    [Fact]
    public async Task Buffered_page_is_sent_whole_with_content_length()
    {
        await using var http = await RawHttp.SendAsync(server.BaseAddress, "GET", "/buffered");
        await http.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", http.Received);
        var body = "<html><head><title>Buffered</title></head><body><p>buffered data</p></body></html>\n";
        Assert.Contains($"Content-Length: {body.Length}\r\n", http.Received);
        Assert.DoesNotContain("Transfer-Encoding", http.Received);
        Assert.EndsWith("\r\n\r\n" + body, http.Received);
    }

    [Fact]
    public async Task Throw_in_a_buffered_page_after_an_await_answers_a_clean_500_page()
    {
        var response = await server.Client.GetAsync("/fail/buffered");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("<h1>Custom server error</h1>\n", await response.Content.ReadAsStringAsync());
    }
}
