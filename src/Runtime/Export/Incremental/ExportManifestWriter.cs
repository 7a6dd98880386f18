using System.Buffers.Binary;
using System.IO;
using System.IO.Hashing;
using System.Text;

namespace Pages;

/// <summary>
/// Writes <see cref="ExportManifestFile"/>'s primitives to a stream through one small buffer, hashing every byte as it
/// goes, so that a manifest of megabytes is written without holding it in memory (a large buffer that grows lands on
/// the large object heap, and at 4,000 posts set off a full collection in the middle of the save).
/// </summary>
internal sealed class ExportManifestWriter : IDisposable
{
    private const int BufferLength = 64 * 1024;

    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[BufferLength];
    private readonly XxHash3 _checksum = new();
    private int _used;

    public ExportManifestWriter(Stream output) => _output = output;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferLength - _used)
        {
            Flush();
            if (bytes.Length > BufferLength)
            {
                _checksum.Append(bytes);
                _output.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        Reserve(1)[0] = value;
        _used++;
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(sizeof(int)), value);
        _used += sizeof(int);
    }

    public void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(Reserve(sizeof(ulong)), value);
        _used += sizeof(ulong);
    }

    public void WriteInt64(long value) => WriteUInt64((ulong)value);

    /// <summary>A non-negative number in 7-bit groups, low first, the high bit set on every byte but the last.</summary>
    public void WriteCount(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ulong rest = (ulong)value;
        while (rest >= 0x80)
        {
            WriteByte((byte)(rest | 0x80));
            rest >>= 7;
        }

        WriteByte((byte)rest);
    }

    /// <summary>The string's UTF-8 length (<see cref="WriteCount"/>), then its UTF-8 bytes.</summary>
    public void WriteString(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        WriteCount(length);
        if (length > BufferLength)
        {
            Write(Encoding.UTF8.GetBytes(value));
            return;
        }

        // Reserve first: it may flush, which resets _used.
        Span<byte> space = Reserve(length);
        _used += Encoding.UTF8.GetBytes(value, space);
    }

    /// <summary>Writes the checksum of every byte written so far (not itself checksummed) and flushes.</summary>
    public void WriteChecksum()
    {
        Flush();
        Span<byte> checksum = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, _checksum.GetCurrentHashAsUInt64());
        _output.Write(checksum);
    }

    public void Dispose() => Flush();

    // Room for length bytes at _used; the caller counts them as used once written.
    private Span<byte> Reserve(int length)
    {
        if (length > BufferLength - _used)
        {
            Flush();
        }

        return _buffer.AsSpan(_used, length);
    }

    private void Flush()
    {
        if (_used == 0)
        {
            return;
        }

        ReadOnlySpan<byte> written = _buffer.AsSpan(0, _used);
        _checksum.Append(written);
        _output.Write(written);
        _used = 0;
    }
}
