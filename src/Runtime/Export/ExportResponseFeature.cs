using System.IO;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>
/// The response side of an exported request, as a server provides it: status, headers, <c>OnStarting</c> and
/// <c>OnCompleted</c> callbacks (run when the response starts and ends, as Kestrel does), and a body kept in memory.
/// </summary>
internal sealed class ExportResponseFeature : IHttpResponseFeature, IHttpResponseBodyFeature, IDisposable
{
    private readonly MemoryPipeWriter _buffer = new();
    private readonly ExportBodyWriter _writer;
    private Stream? _stream;
    private List<(Func<object, Task> Callback, object State)>? _onStarting;
    private List<(Func<object, Task> Callback, object State)>? _onCompleted;

    public ExportResponseFeature() => _writer = new ExportBodyWriter(_buffer, this);

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    [Obsolete("Use IHttpResponseBodyFeature.Stream.")]
    public Stream Body
    {
        get => Stream;
        set => throw new NotSupportedException("The exported response's body is replaced through IHttpResponseBodyFeature.");
    }

    public bool HasStarted { get; private set; }

    public Stream Stream => _stream ??= _writer.AsStream(leaveOpen: true);

    public PipeWriter Writer => _writer;

    /// <summary>The body written so far.</summary>
    public ReadOnlyMemory<byte> WrittenBody => _buffer.WrittenMemory;

    public void OnStarting(Func<object, Task> callback, object state)
    {
        if (HasStarted)
        {
            throw new InvalidOperationException("The response has already started.");
        }

        (_onStarting ??= []).Add((callback, state));
    }

    public void OnCompleted(Func<object, Task> callback, object state) => (_onCompleted ??= []).Add((callback, state));

    public void DisableBuffering()
    {
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (HasStarted)
        {
            return;
        }

        // Registered last, run first, as in Kestrel; headers stay writable until every callback ran.
        if (_onStarting is not null)
        {
            for (int i = _onStarting.Count - 1; i >= 0; i--)
            {
                await _onStarting[i].Callback(_onStarting[i].State).ConfigureAwait(false);
            }
        }

        HasStarted = true;
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(Stream, path, offset, count, cancellationToken);

    public Task CompleteAsync() => StartAsync();

    /// <summary>Runs the <c>OnCompleted</c> callbacks, last registered first.</summary>
    public async Task CompleteCallbacksAsync()
    {
        if (_onCompleted is null)
        {
            return;
        }

        for (int i = _onCompleted.Count - 1; i >= 0; i--)
        {
            await _onCompleted[i].Callback(_onCompleted[i].State).ConfigureAwait(false);
        }
    }

    public void Dispose() => _buffer.Dispose();
}
