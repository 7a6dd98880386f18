using System.Net.Sockets;
using System.Text;

namespace Pages.IntegrationTests;

/// <summary>HTTP/1.1 over a bare socket, for what HttpClient hides: chunk framing, when bytes arrive, a cut connection.</summary>
public sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly StringBuilder _received = new();

    private RawHttp(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Everything received so far, as Latin-1 text (headers and chunk framing included).</summary>
    public string Received => _received.ToString();

    /// <summary>Whether the server closed the connection with a reset rather than a clean end.</summary>
    public bool Reset { get; private set; }

    /// <summary>
    /// Connects and sends <c>{method} {path}</c>; with <paramref name="keepAlive"/> false, with <c>Connection: close</c>
    /// (Kestrel then ends the body by closing instead of chunking it).
    /// </summary>
    public static async Task<RawHttp> SendAsync(Uri server, string method, string path, bool keepAlive = false, string headers = "")
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var http = new RawHttp(client);
        var request = $"{method} {path} HTTP/1.1\r\nHost: {server.Authority}\r\n{(keepAlive ? "" : "Connection: close\r\n")}{headers}\r\n";
        await http._stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        return http;
    }

    /// <summary>Reads until the received text contains <paramref name="text"/> or the connection ends.</summary>
    public async Task<bool> ReadUntilAsync(string text)
    {
        while (!Received.Contains(text, StringComparison.Ordinal))
        {
            if (!await ReadOnceAsync())
            {
                return Received.Contains(text, StringComparison.Ordinal);
            }
        }

        return true;
    }

    /// <summary>Reads until the server closes the connection.</summary>
    public async Task ReadToEndAsync()
    {
        while (await ReadOnceAsync())
        {
        }
    }

    private async Task<bool> ReadOnceAsync()
    {
        var buffer = new byte[4096];
        int read;
        try
        {
            read = await _stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (IOException)
        {
            Reset = true;
            return false;
        }

        _received.Append(Encoding.Latin1.GetString(buffer, 0, read));
        return read > 0;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
