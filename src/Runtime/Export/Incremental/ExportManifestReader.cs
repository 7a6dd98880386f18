using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace Pages;

/// <summary>
/// Reads <see cref="ExportManifestFile"/>'s primitives from the file's bytes (the counterpart of
/// <see cref="ExportManifestWriter"/>). Every read is bounds-checked: a damaged file ends in an
/// <see cref="InvalidDataException"/>, never in a wrong value read past the end or a huge allocation.
/// </summary>
internal ref struct ExportManifestReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;

    public ExportManifestReader(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    /// <summary>Whether every byte was read.</summary>
    public readonly bool AtEnd => _position == _bytes.Length;

    public byte ReadByte() => Take(1)[0];

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    public long ReadInt64() => (long)ReadUInt64();

    /// <summary>A number written by <see cref="ExportManifestWriter.WriteCount"/>, at most <paramref name="max"/>.</summary>
    public long ReadCount(long max = long.MaxValue)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte next = ReadByte();
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value <= (ulong)max ? (long)value : throw Damaged($"a number {value} where at most {max} fits");
            }
        }

        throw Damaged("a number longer than 64 bits");
    }

    /// <summary>A count of items that take at least a byte each: more than the bytes left means a damaged file.</summary>
    public int ReadItemCount() => (int)ReadCount(_bytes.Length - _position);

    /// <summary>An index below <paramref name="count"/>.</summary>
    public int ReadIndex(int count) => count == 0 ? throw Damaged("an index into an empty table") : (int)ReadCount(count - 1);

    public string ReadString() => Encoding.UTF8.GetString(Take(ReadItemCount()));

    public static InvalidDataException Damaged(string what) => new($"it is damaged ({what})");

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _bytes.Length - _position)
        {
            throw Damaged($"it ends {length - (_bytes.Length - _position)} bytes early");
        }

        ReadOnlySpan<byte> taken = _bytes.Slice(_position, length);
        _position += length;
        return taken;
    }
}
