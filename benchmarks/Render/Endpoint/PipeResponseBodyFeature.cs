using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Bench.Render;

/// <summary>
/// A response body that is the benchmark's <see cref="PipeSink"/>, as Kestrel's body is its connection's pipe: one per
/// sink, reused by every request context. Completing the response flushes what was written.
/// </summary>
public sealed class PipeResponseBodyFeature : IHttpResponseBodyFeature
{
    private readonly PipeSink _sink;

    /// <summary>Writes into <paramref name="sink"/>.</summary>
    /// <param name="sink">The pipe.</param>
    public PipeResponseBodyFeature(PipeSink sink)
    {
        _sink = sink;
        Stream = sink.Writer.AsStream(leaveOpen: true);
    }

    /// <inheritdoc/>
    public Stream Stream { get; }

    /// <inheritdoc/>
    public PipeWriter Writer => _sink.Writer;

    /// <inheritdoc/>
    public void DisableBuffering()
    {
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <inheritdoc/>
    public Task CompleteAsync()
    {
        ValueTask<FlushResult> flush = _sink.Writer.FlushAsync();
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}
