using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using StreamJsonRpc;

namespace Pages.LanguageServer.Tests;

/// <summary>
/// Starts the real server process (<c>dotnet Pages.LanguageServer.dll --stdio</c>) and speaks LSP to it with
/// StreamJsonRpc, as an editor would. Notifications from the server are collected for the tests to wait on.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly Channel<JsonObject> _diagnostics = Channel.CreateUnbounded<JsonObject>();
    private readonly List<string> _messages = [];
    private readonly StringBuilder _stderr = new();
    private int _version = 1;

    private LspClient(Process process)
    {
        _process = process;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        _rpc.AddLocalRpcTarget(new Notifications(this));
        _rpc.StartListening();
    }

    /// <summary>The server's stderr so far (its log), for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>CPU time the server process has used so far (a measure the machine's load does not inflate much).</summary>
    public TimeSpan ServerCpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    public static async Task<LspClient> StartAsync(string rootPath)
    {
        var start = new ProcessStartInfo("dotnet", [ServerPath(), "--stdio"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start)!;
        var client = new LspClient(process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (client._stderr)
            {
                client._stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(rootPath).AbsoluteUri, capabilities = new { } });
        await client._rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return client;
    }

    public async Task<JsonNode?> RequestAsync(string method, object parameters)
    {
        var result = await _rpc.InvokeWithParameterObjectAsync<JsonElement?>(method, parameters);
        return result is { ValueKind: not JsonValueKind.Null } element ? JsonNode.Parse(element.GetRawText()) : null;
    }

    public Task OpenAsync(string path) => _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new
    {
        textDocument = new { uri = Uri(path), languageId = "page", version = _version++, text = File.ReadAllText(path) },
    });

    /// <summary>Replaces the whole text of an open document (unsaved: the file on disk is not touched).</summary>
    public Task ChangeAsync(string path, string text) => _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
    {
        textDocument = new { uri = Uri(path), version = _version++ },
        contentChanges = new[] { new { text } },
    });

    /// <summary>Replaces one range of an open document, as editors send incremental changes.</summary>
    public Task EditAsync(string path, (int Line, int Character) start, (int Line, int Character) end, string text) => _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
    {
        textDocument = new { uri = Uri(path), version = _version++ },
        contentChanges = new[]
        {
            new { range = new { start = new { line = start.Line, character = start.Character }, end = new { line = end.Line, character = end.Character } }, text },
        },
    });

    public Task<JsonNode?> CompletionAsync(string path, (int Line, int Character) at) =>
        RequestAsync("textDocument/completion", new { textDocument = new { uri = Uri(path) }, position = new { line = at.Line, character = at.Character } });

    public Task<JsonNode?> HoverAsync(string path, (int Line, int Character) at) =>
        RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri(path) }, position = new { line = at.Line, character = at.Character } });

    public Task<JsonNode?> DefinitionAsync(string path, (int Line, int Character) at) =>
        RequestAsync("textDocument/definition", new { textDocument = new { uri = Uri(path) }, position = new { line = at.Line, character = at.Character } });

    /// <summary>The next diagnostics published for <paramref name="path"/> that satisfy <paramref name="accept"/>.</summary>
    public async Task<JsonArray> WaitForDiagnosticsAsync(string path, Func<JsonArray, bool> accept, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var published = await _diagnostics.Reader.ReadAsync(cancel.Token);
                if (published["uri"]!.GetValue<string>() == Uri(path) && published["diagnostics"]!.AsArray() is var list && accept(list))
                {
                    return list;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching diagnostics for {path} within {timeout}; server log:\n{Log}");
        }
    }

    /// <summary>Forgets diagnostics published so far (so a wait sees only what follows the next change).</summary>
    public void DrainDiagnostics()
    {
        while (_diagnostics.Reader.TryRead(out _))
        {
        }
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    /// <summary>(line, character) of the first <paramref name="marker"/> in <paramref name="text"/>, plus <paramref name="shift"/> characters.</summary>
    public static (int Line, int Character) PositionOf(string text, string marker, int shift = 0)
    {
        var offset = text.IndexOf(marker, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{marker}' is not in the text");
        }
        offset += shift;
        var line = text.Take(offset).Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return (line, offset - (line == 0 ? 0 : lineStart));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null, timeout.Token);
            await _rpc.NotifyAsync("exit");
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception) when (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _rpc.Dispose();
        _process.Dispose();
    }

    /// <summary>What the server sends unasked: diagnostics and messages.</summary>
    private sealed class Notifications(LspClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) =>
            client._diagnostics.Writer.TryWrite(JsonNode.Parse(parameters.GetRawText())!.AsObject());

        [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
        public void ShowMessage(JsonElement parameters)
        {
            lock (client._messages)
            {
                client._messages.Add(parameters.GetProperty("message").GetString()!);
            }
        }
    }

    private static string ServerPath()
    {
        var configuration = typeof(LspClient).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(Repository.Root, "src", "LanguageServer", "bin", configuration, "net10.0", "Pages.LanguageServer.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The language server is not built", path);
    }
}
