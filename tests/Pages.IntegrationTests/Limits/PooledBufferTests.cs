using System.Net;

namespace Pages.IntegrationTests.Limits;

/// <summary>
/// Issue 13: a client that disconnects mid-stream leaves no pooled buffer behind. Counted through the array pool's
/// own events while nothing else in the process runs (a collection of its own, not run in parallel), so every
/// byte array rented from the shared pool in the window belongs to these requests.
/// </summary>
[Xunit.Collection(PooledBufferCollection.Name)] // qualified: inside namespace Pages.*, [Collection] is Pages.CollectionAttribute
public sealed class PooledBufferTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private const int Clients = 5;

    [Fact]
    public async Task A_client_that_disconnects_mid_stream_leaves_no_pooled_buffer_behind()
    {
        // Warm up: the first render JITs, and fills the pool's caches.
        using (var warm = await server.Client.GetAsync("/spilled"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        using var pool = new ArrayPoolListener();
        pool.Start();
        int before = RenderCounter.Current("spilled");
        for (var i = 0; i < Clients; i++)
        {
            // spilled.page writes ~50 KB (rented spill buffers) before its first flush, then awaits 300 ms: the
            // client leaves in between, and the render writes another ~60 KB into a closed connection.
            var http = await RawHttp.SendAsync(server.BaseAddress, "GET", "/spilled", keepAlive: true);
            Assert.True(await http.ReadUntilAsync("<head>"), http.Received);
            await http.DisposeAsync();
        }

        // Every abandoned render runs to its end.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (RenderCounter.Current("spilled") < before + Clients)
        {
            await Task.Delay(50, timeout.Token);
        }

        await Task.Delay(500); // the server finishes each request after the page's last byte
        Assert.True(pool.Rents >= Clients, $"the renders rented {pool.Rents} buffers: the page no longer spills, the test counts nothing");
        Assert.Empty(pool.Outstanding());
    }

    [Fact]
    public async Task A_slot_rendered_to_a_value_that_throws_returns_its_pooled_buffers()
    {
        byte[] kilobyte = new byte[1024];
        SlotSet slots = new SlotSet().Add("", writer =>
        {
            // 20 KiB before any commit: past the first chunk, the writer rents spill chunks.
            for (var i = 0; i < 20; i++)
            {
                writer.WriteLiteral(kilobyte);
            }

            throw new InvalidOperationException("the slot failed");
        });

        using var pool = new ArrayPoolListener();
        pool.Start();
        await Assert.ThrowsAsync<InvalidOperationException>(() => slots.RenderAsync("").AsTask());

        Assert.True(pool.Rents >= 2, $"the slot rented {pool.Rents} buffers: it no longer spills, the test counts nothing");
        Assert.Empty(pool.Outstanding());
    }
}

/// <summary>Tests that count process-wide resources: run alone, after the parallel collections.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PooledBufferCollection
{
    public const string Name = "pooled buffers";
}
