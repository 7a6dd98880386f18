using System.Text.Json;
using Pages.LanguageServer.Handlers;
using Pages.LanguageServer.Protocol;
using Pages.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Pages.LanguageServer;

/// <summary>
/// The JSON-RPC target: one method per LSP message, each handing over to its handler. Handlers never throw to the
/// client for broken text; anything unexpected is logged to stderr and answered with an empty result.
/// </summary>
internal sealed class PagesLanguageServer
{
    private readonly JsonRpc _rpc;
    private readonly PageWorkspace _workspace;
    private readonly DiagnosticsScheduler _diagnostics;
    private readonly DiagnosticsHandler _diagnosticsHandler;
    private readonly CompletionHandler _completion;
    private readonly HoverHandler _hover;
    private readonly DefinitionHandler _definition;
    private readonly TaskCompletionSource<int> _exit = new();
    private bool _shutdown;

    public PagesLanguageServer(JsonRpc rpc)
    {
        _rpc = rpc;
        // window/showMessage is a notification: the server never waits for the client to answer it.
        _workspace = new PageWorkspace(message => _ = Notify("window/showMessage", new ShowMessageParams(2, message)), Log);
        _diagnosticsHandler = new DiagnosticsHandler(_workspace);
        _diagnostics = new DiagnosticsScheduler(PublishDiagnosticsAsync, Log);
        _completion = new CompletionHandler(_workspace);
        _hover = new HoverHandler(_workspace);
        _definition = new DefinitionHandler(_workspace);
    }

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exit => _exit.Task;

    // The client's capabilities change nothing: the server asks the client for nothing and registers nothing.
    // Only the root folder is read, to start loading its project early.
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement parameters)
    {
        if (parameters.ValueKind == JsonValueKind.Object
            && parameters.TryGetProperty("rootUri", out var root) && root.ValueKind == JsonValueKind.String
            && Uri.TryCreate(root.GetString(), UriKind.Absolute, out var rootUri) && rootUri.IsFile)
        {
            _workspace.Preload(rootUri.AbsoluteUri);
        }
        return InitializeHandler.Handle();
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement parameters)
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void ExitNotification() => _exit.TrySetResult(_shutdown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        _workspace.Open(request.TextDocument.Uri, request.TextDocument.Text);
        _diagnostics.Schedule(request.TextDocument.Uri);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        _workspace.Change(request.TextDocument.Uri, request.ContentChanges);
        _diagnostics.Schedule(request.TextDocument.Uri);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request) => _workspace.Close(request.TextDocument.Uri);

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JsonElement request)
    {
        // The server works on unsaved text; a save changes nothing it knows.
    }

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> Completion(CompletionParams request, CancellationToken cancellationToken) =>
        Guard(() => _completion.HandleAsync(request, cancellationToken), CompletionList.Empty, "completion");

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> Hover(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        Guard(() => _hover.HandleAsync(request, cancellationToken), null, "hover");

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.Location[]> Definition(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        Guard(() => _definition.HandleAsync(request, cancellationToken), [], "definition");

    private async Task PublishDiagnosticsAsync(string uri, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (await _diagnosticsHandler.HandleAsync(uri, cancellationToken).ConfigureAwait(false) is { } result)
        {
            Log($"diagnostics: {clock.ElapsedMilliseconds} ms ({result.Diagnostics.Count})");
            cancellationToken.ThrowIfCancellationRequested();
            await Notify("textDocument/publishDiagnostics", result).ConfigureAwait(false);
        }
    }

    private async Task Notify(string method, object argument)
    {
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, argument).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectionLostException or ObjectDisposedException)
        {
            // The client went away; there is no one left to tell.
        }
    }

    private static async Task<T> Guard<T>(Func<Task<T>> handle, T empty, string name)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await handle().ConfigureAwait(false);
            Log($"{name}: {clock.ElapsedMilliseconds} ms");
            return result;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            Log($"{name} failed: {ex}");
            return empty;
        }
    }

    public static void Log(string message) => Console.Error.WriteLine($"[pages-ls {DateTime.UtcNow:HH:mm:ss.fff}] {message}");
}
