using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Pages.IntegrationTests;

/// <summary>
/// SPEC §3/§6: layouts stream. A page inside two nested layouts awaits 1.5 s in its body; the outer layout's
/// <c>&lt;head&gt;</c> must reach the client (over a real socket) before that await completes.
/// </summary>
public class StreamingLayoutTests(KestrelFixture server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Outer_layout_head_arrives_before_the_page_body_await_completes()
    {
        // Warm up the server and the layouts' code paths, so the measurement is of streaming, not of JIT.
        Assert.Contains("</head>", await server.Client.GetStringAsync("/components/nested"));

        using var client = new TcpClient();
        await client.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = client.GetStream();
        var request = $"GET /streaming/layouts HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nConnection: close\r\n\r\n";
        var clock = Stopwatch.StartNew();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var received = new StringBuilder();
        TimeSpan? headAt = null, lateAt = null;
        var buffer = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            var text = received.ToString();
            if (headAt is null && text.Contains("<title>Slow · Docs</title></head>", StringComparison.Ordinal))
            {
                headAt = clock.Elapsed;
                Assert.DoesNotContain("late data", text);
            }
            if (lateAt is null && text.Contains("late data", StringComparison.Ordinal))
            {
                lateAt = clock.Elapsed;
            }
        }

        var body = received.ToString();
        output.WriteLine($"head at {headAt?.TotalMilliseconds:F0} ms, late data at {lateAt?.TotalMilliseconds:F0} ms");
        Assert.StartsWith("HTTP/1.1 200 OK", body);
        Assert.NotNull(headAt);
        Assert.NotNull(lateAt);
        Assert.True(headAt < TimeSpan.FromSeconds(0.3), $"head after {headAt}");
        Assert.True(lateAt >= TimeSpan.FromSeconds(1.4), $"late data after {lateAt}");
        // The docs layout's markup before the slot went out with the head (the bytes before the await end a
        // chunk of the chunked response); the rest follows in document order.
        Assert.Matches("<body><nav>Streaming</nav><main><p>\r\n[0-9a-f]+\r\nlate data</p></main></body>", body);
    }
}
