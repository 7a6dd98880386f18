using System.Buffers;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace Pages;

/// <summary>
/// A <see cref="PipeWriter"/> that keeps everything in one pooled, growing array: used to render a
/// buffered page (sent afterwards with <c>Content-Length</c>), a slot to a value, or a page to a string.
/// </summary>
internal sealed class MemoryPipeWriter : PipeWriter, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public MemoryPipeWriter(int initialCapacity = PagesDefaults.PipeBufferSizeHint)
        => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <summary>The number of bytes written so far.</summary>
    public int WrittenCount => _written;

    public override void Advance(int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, _buffer.Length - _written);
        _written += bytes;
    }

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public override Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureFree(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public override void CancelPendingFlush()
    {
    }

    public override void Complete(Exception? exception = null)
    {
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        => new(new FlushResult(isCanceled: false, isCompleted: false));

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void EnsureFree(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        int size = Math.Max(_buffer.Length * 2, _written + Math.Max(needed, PagesDefaults.PipeBufferSizeHint));
        byte[] larger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _written).CopyTo(larger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
