using System.IO;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>
/// A response body that stays in memory while an endpoint's result executes, so a prerendered endpoint's answer can
/// be kept and sent with an <c>ETag</c>; status and headers stay on the real response, which has not started.
/// </summary>
internal sealed class MemoryResponseBodyFeature : IHttpResponseBodyFeature, IDisposable
{
    private readonly MemoryPipeWriter _buffer = new();
    private Stream? _stream;

    /// <summary>The body written so far.</summary>
    public ReadOnlyMemory<byte> WrittenBody => _buffer.WrittenMemory;

    public Stream Stream => _stream ??= _buffer.AsStream(leaveOpen: true);

    public PipeWriter Writer => _buffer;

    public void DisableBuffering()
    {
    }

    // Nothing to start: the real response starts when the kept answer is written to it.
    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(Stream, path, offset, count, cancellationToken);

    public Task CompleteAsync() => Task.CompletedTask;

    public void Dispose() => _buffer.Dispose();
}
