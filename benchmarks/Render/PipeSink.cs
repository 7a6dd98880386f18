using System.Buffers;
using System.IO.Pipelines;

namespace Bench.Render;

/// <summary>
/// The in-memory destination every renderer writes into: a <see cref="Pipe"/> with inline schedulers,
/// drained by its reader after each render, as a server's socket loop would.
/// </summary>
public sealed class PipeSink
{
    private readonly Pipe _pipe = new(new PipeOptions(
        pauseWriterThreshold: 0,
        readerScheduler: PipeScheduler.Inline,
        writerScheduler: PipeScheduler.Inline,
        useSynchronizationContext: false));

    /// <summary>The writer a renderer writes to.</summary>
    public PipeWriter Writer => _pipe.Writer;

    /// <summary>Consumes everything flushed so far.</summary>
    /// <returns>The number of bytes consumed.</returns>
    public long Drain()
    {
        if (!_pipe.Reader.TryRead(out ReadResult result))
        {
            return 0;
        }

        long length = result.Buffer.Length;
        _pipe.Reader.AdvanceTo(result.Buffer.End);
        return length;
    }

    /// <summary>Consumes everything flushed so far and returns a copy of it.</summary>
    /// <returns>The bytes.</returns>
    public byte[] DrainToArray()
    {
        if (!_pipe.Reader.TryRead(out ReadResult result))
        {
            return [];
        }

        byte[] bytes = result.Buffer.ToArray();
        _pipe.Reader.AdvanceTo(result.Buffer.End);
        return bytes;
    }
}
