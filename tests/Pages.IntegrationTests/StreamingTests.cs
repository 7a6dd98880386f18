using System.Diagnostics;

namespace Pages.IntegrationTests;

/// <summary>HTML streaming over a real socket: the head arrives before slow data resolves, in chunks.</summary>
public class StreamingTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Head_arrives_before_slow_data_and_the_rest_after_it_in_chunks()
    {
        await server.Client.GetStringAsync("/about"); // start-up work (JIT, first connection) is not what is measured

        await using var http = await RawHttp.SendAsync(server.BaseAddress, "GET", "/streamed", keepAlive: true);
        var clock = Stopwatch.StartNew();
        Assert.True(await http.ReadUntilAsync("<title>Streamed</title>"));
        var firstBytes = clock.Elapsed;
        Assert.DoesNotContain("late data", http.Received);

        Assert.True(await http.ReadUntilAsync("\r\n0\r\n\r\n"), http.Received); // the last chunk
        var allBytes = clock.Elapsed;

        Assert.True(firstBytes < TimeSpan.FromSeconds(0.3), $"the head took {firstBytes.TotalMilliseconds} ms");
        Assert.True(allBytes >= TimeSpan.FromSeconds(1.4), $"the whole page took only {allBytes.TotalMilliseconds} ms");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", http.Received);
        Assert.Contains("Transfer-Encoding: chunked\r\n", http.Received);
        Assert.DoesNotContain("Content-Length:", http.Received);
        Assert.Contains("late data</p>", http.Received); // "<p>" went out with the head, before the await
        Assert.EndsWith("\r\n0\r\n\r\n", http.Received);
    }
}
