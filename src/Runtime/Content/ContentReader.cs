using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Pages;

/// <summary>
/// Reads a content table: the compact text the generator emits for a collection's entries (one string literal per
/// collection, which the C# compiler handles in one piece however many entries it holds), as UTF-8.
/// The generated code, which knows the schema, calls one method per value in the order the values were written.
/// Called by generated code only.
/// </summary>
/// <remarks>
/// The format, written by the generator's <c>ContentTable</c>: a number is ASCII decimal ending in <c>;</c>
/// (<c>-42;</c>); a string is its UTF-8 length in bytes, <c>:</c>, then its bytes (<c>5:hello</c>); a null is
/// <c>~</c>. Everything else is made of these: a <see cref="double"/> is its IEEE 754 bits as a number, a
/// <see cref="System.DateTime"/> its ticks and kind, a list its count then its items, a record the number of its
/// member pattern then the given members' values.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ContentReader
{
    private readonly ReadOnlySpan<byte> _table;
    private int _position;

    /// <summary>Starts reading <paramref name="table"/> at its first value.</summary>
    /// <param name="table">A content table the generator wrote.</param>
    public ContentReader(ReadOnlySpan<byte> table)
    {
        _table = table;
        _position = 0;
    }

    /// <summary>Whether every value has been read.</summary>
    public readonly bool End => _position >= _table.Length;

    /// <summary>Reads a null (and returns <see langword="true"/>), or leaves a value that is not null to be read.</summary>
    public bool IsNull()
    {
        if (_position < _table.Length && _table[_position] == (byte)'~')
        {
            _position++;
            return true;
        }

        return false;
    }

    /// <summary>Reads a number.</summary>
    public long Int64() => Number((byte)';');

    /// <summary>Reads a number that fits an <see cref="int"/>.</summary>
    public int Int32()
    {
        long value = Int64();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Corrupt();
    }

    /// <summary>Reads a <see cref="bool"/> (<c>0;</c> or <c>1;</c>).</summary>
    public bool Boolean() => Int64() != 0;

    /// <summary>Reads a <see cref="double"/> written as its IEEE 754 bits (exact, NaN and infinities included).</summary>
    public double Double() => BitConverter.Int64BitsToDouble(Int64());

    /// <summary>Reads a <see cref="float"/> (written as the bits of the same value as a <see cref="double"/>).</summary>
    public float Single() => (float)Double();

    /// <summary>Reads a <see cref="decimal"/> written as invariant text (which keeps its scale: <c>1.50</c>).</summary>
    public decimal Decimal() => decimal.Parse(String(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Reads a <see cref="System.DateTime"/>: its ticks, then its <see cref="DateTimeKind"/>.</summary>
    public DateTime DateTime()
    {
        long ticks = Int64();
        return new DateTime(ticks, (DateTimeKind)Int32());
    }

    /// <summary>Reads a <see cref="System.DateOnly"/>: its day number.</summary>
    public DateOnly DateOnly() => System.DateOnly.FromDayNumber(Int32());

    /// <summary>Reads a <see cref="System.DateTimeOffset"/>: its local ticks, then its offset in minutes.</summary>
    public DateTimeOffset DateTimeOffset()
    {
        long ticks = Int64();
        return new DateTimeOffset(ticks, TimeSpan.FromMinutes(Int32()));
    }

    /// <summary>Reads a string.</summary>
    public string String()
    {
        int length = checked((int)Number((byte)':'));
        if (length > _table.Length - _position)
        {
            throw Corrupt();
        }

        string value = Encoding.UTF8.GetString(_table.Slice(_position, length));
        _position += length;
        return value;
    }

    /// <summary>The exception for a table the generated code cannot read (only a mismatched generator and runtime make one).</summary>
    public static InvalidOperationException Corrupt() => new(
        "A content table generated at build time cannot be read. The Pages generator and runtime that built this assembly " +
        "do not match; rebuild it with one version of the Pages package.");

    private long Number(byte terminator)
    {
        bool negative = _position < _table.Length && _table[_position] == (byte)'-';
        if (negative)
        {
            _position++;
        }

        ulong magnitude = 0;
        int start = _position;
        while (_position < _table.Length && _table[_position] is >= (byte)'0' and <= (byte)'9')
        {
            // 19 digits always fit; a long has at most 19.
            if (_position - start == 19)
            {
                throw Corrupt();
            }

            magnitude = (magnitude * 10) + (ulong)(_table[_position] - '0');
            _position++;
        }

        ulong limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        if (_position == start || magnitude > limit || _position >= _table.Length || _table[_position] != terminator)
        {
            throw Corrupt();
        }

        _position++;
        return negative ? unchecked(-(long)magnitude) : (long)magnitude;
    }
}
