using System.Buffers;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Threading.Tasks;

namespace Pages;

/// <summary>
/// The buffered UTF-8 writer generated templates write through: literals, encoded values, attributes.
/// It holds one chunk of output memory at a time (an array, its write position and its end) so that a
/// write is a bounds check and a copy, not a <c>GetSpan</c>/<c>Advance</c> pair per call.
/// </summary>
/// <remarks>
/// <para>
/// Output is discardable until the first <see cref="FlushAsync"/> or <see cref="Commit"/>: a page that
/// throws or returns a result from its frontmatter must be able to answer a clean 500 page or redirect.
/// So before the first commit the writer never calls <c>PipeWriter.Advance</c>: it writes into the memory
/// of one <c>GetMemory</c> call without advancing (so dropping those bytes costs nothing), and if that
/// chunk fills it continues in pooled buffers of its own, which are copied to the pipe at the first
/// commit. Most pages fit in the first chunk, so the common path copies nothing. After the first commit
/// bytes cannot be taken back anyway, so the writer advances the pipe chunk by chunk.
/// </para>
/// <para>
/// Pipe and Kestrel memory are arrays (found with <see cref="MemoryMarshal.TryGetArray{T}"/>); when a
/// pipe hands out other memory, the writer writes into a pooled array and copies it into the pipe.
/// </para>
/// </remarks>
public sealed partial class HtmlWriter
{
    // The last writer a page endpoint finished with on this thread (see Rent): one allocation less per request.
    [ThreadStatic]
    private static HtmlWriter? t_spare;

    // Not readonly: a spare writer is pointed at the next response (Rent), and let go of the last (Return).
    private PipeWriter _output;
    private HtmlEncoder _encoder;

    // The current chunk: bytes [_start, _position) are written, [_position, _end) are free.
    private byte[] _buffer = [];
    private int _start;
    private int _position;
    private int _end;
    private bool _bufferIsPipeMemory;

    // Before the first commit: the length of the pipe chunk once closed (not yet advanced),
    // and the pooled chunks that followed it.
    private bool _committed;
    private bool _pipeChunkTaken;
    private int _closedPipeChunkLength;
    private List<ArraySegment<byte>>? _spilledChunks;
    private bool _hasUnflushedCommittedBytes;

    /// <summary>Creates a writer of HTML into <paramref name="output"/>.</summary>
    /// <param name="output">The pipe that receives the UTF-8 bytes (a response's <c>BodyWriter</c>).</param>
    /// <param name="encoder">The encoder applied to every value that is not HTML already.</param>
    public HtmlWriter(PipeWriter output, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(encoder);
        _output = output;
        _encoder = encoder;
    }

    /// <summary>
    /// A writer into <paramref name="output"/>: this thread's spare one when there is one (a page endpoint returned
    /// it), else a new one. Only for a render that ends in <see cref="Return"/> or is dropped.
    /// </summary>
    internal static HtmlWriter Rent(PipeWriter output, HtmlEncoder encoder)
    {
        HtmlWriter? writer = t_spare;
        if (writer is null)
        {
            return new HtmlWriter(output, encoder);
        }

        t_spare = null;
        writer._output = output;
        writer._encoder = encoder;
        return writer;
    }

    /// <summary>
    /// Keeps <paramref name="writer"/> as this thread's spare, once its render has committed every byte and holds no
    /// pooled buffer (otherwise it is left to the garbage collector). The caller must not use it afterwards.
    /// </summary>
    internal static void Return(HtmlWriter writer)
    {
        if (writer._buffer.Length != 0 || writer.HasPendingBytes)
        {
            return;
        }

        writer._output = null!;
        writer._encoder = null!;
        writer._start = writer._position = writer._end = 0;
        writer._bufferIsPipeMemory = false;
        writer._committed = false;
        writer._pipeChunkTaken = false;
        writer._closedPipeChunkLength = 0;
        writer._hasUnflushedCommittedBytes = false;
        writer.HasFlushed = false;
        t_spare = writer;
    }

    /// <summary>The encoder applied to values; components and slots render with the same one.</summary>
    public HtmlEncoder Encoder => _encoder;

    /// <summary>Whether any byte was flushed, that is, whether the response has started.</summary>
    public bool HasFlushed { get; private set; }

    /// <summary>Whether bytes were handed to the pipe (by a flush or a commit), so they can no longer be discarded.</summary>
    internal bool IsCommitted => _committed;

    private bool HasPendingBytes =>
        _position > _start || _closedPipeChunkLength > 0 || _spilledChunks is { Count: > 0 };

    /// <summary>Writes template literal bytes as they are.</summary>
    /// <param name="utf8">UTF-8 bytes that are HTML already (a <c>"..."u8</c> literal).</param>
    public void WriteLiteral(ReadOnlySpan<byte> utf8)
    {
        int position = _position;
        if (utf8.Length <= _end - position)
        {
            utf8.CopyTo(_buffer.AsSpan(position));
            _position = position + utf8.Length;
            return;
        }

        WriteLiteralAcrossChunks(utf8);
    }

    /// <summary>Sends the bytes written so far to the client; does nothing when none are pending.</summary>
    /// <returns>A task that completes when the pipe accepted the bytes.</returns>
    public ValueTask FlushAsync()
    {
        if (!HasPendingBytes && !_hasUnflushedCommittedBytes)
        {
            return default;
        }

        CommitPendingBytes();
        HasFlushed = true;
        _hasUnflushedCommittedBytes = false;
        ValueTask<FlushResult> flush = _output.FlushAsync();
        return flush.IsCompletedSuccessfully ? default : AwaitFlushAsync(flush);

        static async ValueTask AwaitFlushAsync(ValueTask<FlushResult> flush) => await flush.ConfigureAwait(false);
    }

    /// <summary>Ends a render: hands the pending bytes to the pipe without flushing (the server flushes at the end).</summary>
    public void Commit() => CommitPendingBytes();

    /// <summary>
    /// Drops the bytes not yet handed to the pipe and returns pooled buffers; bytes already committed stay.
    /// Called when a render fails or returns a result before its first flush.
    /// </summary>
    internal void DiscardPending()
    {
        if (!_bufferIsPipeMemory)
        {
            ReturnToPool(_buffer);
        }

        if (_spilledChunks is not null)
        {
            foreach (ArraySegment<byte> chunk in _spilledChunks)
            {
                ReturnToPool(chunk.Array!);
            }

            _spilledChunks.Clear();
        }

        ResetCurrentChunk();
        _closedPipeChunkLength = 0;
        _pipeChunkTaken = false;
    }

    private Span<byte> FreeSpan => _buffer.AsSpan(_position, _end - _position);

    private void WriteLiteralAcrossChunks(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            if (_position == _end)
            {
                AcquireChunk(Math.Min(utf8.Length, PagesDefaults.SpillBufferSize));
            }

            int count = Math.Min(utf8.Length, _end - _position);
            utf8[..count].CopyTo(_buffer.AsSpan(_position));
            _position += count;
            utf8 = utf8[count..];
        }
    }

    /// <summary>Closes the current chunk and makes at least <paramref name="sizeHint"/> free bytes current.</summary>
    private void AcquireChunk(int sizeHint)
    {
        ReleaseCurrentChunk();
        if (!_committed && _pipeChunkTaken)
        {
            // Before the first commit only the first chunk may be pipe memory (it is never advanced).
            RentChunk(Math.Max(sizeHint, PagesDefaults.SpillBufferSize));
            return;
        }

        _pipeChunkTaken = true;
        Memory<byte> memory = _output.GetMemory(Math.Max(sizeHint, PagesDefaults.PipeBufferSizeHint));
        if (MemoryMarshal.TryGetArray(memory, out ArraySegment<byte> segment))
        {
            _buffer = segment.Array!;
            _start = _position = segment.Offset;
            _end = segment.Offset + segment.Count;
            _bufferIsPipeMemory = true;
        }
        else
        {
            RentChunk(Math.Max(sizeHint, PagesDefaults.PipeBufferSizeHint));
        }
    }

    private void RentChunk(int size)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(size);
        _start = _position = 0;
        _end = _buffer.Length;
        _bufferIsPipeMemory = false;
    }

    /// <summary>Moves the current chunk's bytes where they belong: advanced, copied, or kept aside until the first commit.</summary>
    private void ReleaseCurrentChunk()
    {
        int length = _position - _start;
        if (_bufferIsPipeMemory)
        {
            if (_committed)
            {
                AdvanceOutput(length);
            }
            else
            {
                _closedPipeChunkLength = length;
            }
        }
        else if (_buffer.Length > 0)
        {
            if (_committed)
            {
                CopyToOutput(_buffer.AsSpan(0, length));
                ReturnToPool(_buffer);
            }
            else if (length > 0)
            {
                (_spilledChunks ??= []).Add(new ArraySegment<byte>(_buffer, 0, length));
            }
            else
            {
                ReturnToPool(_buffer);
            }
        }

        ResetCurrentChunk();
    }

    private void CommitPendingBytes()
    {
        if (!_committed)
        {
            // The pipe chunk came first, then the spilled chunks, then the current one if it is ours.
            int pipeChunkLength = _bufferIsPipeMemory ? _position - _start : _closedPipeChunkLength;
            AdvanceOutput(pipeChunkLength);
            if (_bufferIsPipeMemory)
            {
                ResetCurrentChunk();
            }

            if (_spilledChunks is not null)
            {
                foreach (ArraySegment<byte> chunk in _spilledChunks)
                {
                    CopyToOutput(chunk);
                    ReturnToPool(chunk.Array!);
                }

                _spilledChunks.Clear();
            }

            _closedPipeChunkLength = 0;
            _committed = true;
        }

        ReleaseCurrentChunk();
    }

    private void AdvanceOutput(int length)
    {
        if (length > 0)
        {
            _output.Advance(length);
            _hasUnflushedCommittedBytes = true;
        }
    }

    private void CopyToOutput(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.IsEmpty)
        {
            _output.Write(bytes);
            _hasUnflushedCommittedBytes = true;
        }
    }

    private void ResetCurrentChunk()
    {
        _buffer = [];
        _start = _position = _end = 0;
        _bufferIsPipeMemory = false;
    }

    private static void ReturnToPool(byte[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
