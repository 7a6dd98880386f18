using System.IO.Pipelines;

namespace Pages;

/// <summary>The body writer of an exported response: bytes go to memory; a flush starts the response.</summary>
internal sealed class ExportBodyWriter : PipeWriter
{
    private readonly MemoryPipeWriter _buffer;
    private readonly ExportResponseFeature _response;

    public ExportBodyWriter(MemoryPipeWriter buffer, ExportResponseFeature response)
    {
        _buffer = buffer;
        _response = response;
    }

    public override void Advance(int bytes) => _buffer.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    public override void CancelPendingFlush()
    {
    }

    public override void Complete(Exception? exception = null)
    {
    }

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        await _response.StartAsync(cancellationToken).ConfigureAwait(false);
        return new FlushResult(isCanceled: false, isCompleted: false);
    }
}
