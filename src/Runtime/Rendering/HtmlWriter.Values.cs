using System.Buffers;
using Microsoft.AspNetCore.Html;

namespace Pages;

// Values: numbers and other IUtf8SpanFormattable values are formatted straight into the buffer in
// the current culture (as Razor does); everything else is dispatched at run time.
public sealed partial class HtmlWriter
{
    /// <summary>Writes a formattable value (a number, a date) in the current culture, HTML-encoded.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void Write<T>(T value) where T : IUtf8SpanFormattable => WriteFormatted(value, default);

    /// <summary>Writes a formattable value with a format string (<c>{x:N2}</c>), HTML-encoded.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A .NET format string; <see langword="null"/> for the default format.</param>
    public void Write<T>(T value, string? format) where T : IUtf8SpanFormattable => WriteFormatted(value, format);

    /// <summary>Writes a nullable formattable value; <see langword="null"/> writes nothing.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void Write<T>(T? value) where T : struct, IUtf8SpanFormattable
    {
        if (value.HasValue)
        {
            WriteFormatted(value.GetValueOrDefault(), default);
        }
    }

    /// <summary>Writes a nullable formattable value with a format string; <see langword="null"/> writes nothing.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A .NET format string; <see langword="null"/> for the default format.</param>
    public void Write<T>(T? value, string? format) where T : struct, IUtf8SpanFormattable
    {
        if (value.HasValue)
        {
            WriteFormatted(value.GetValueOrDefault(), format);
        }
    }

    /// <summary>Writes HTML content as it is (<see cref="Html.Raw"/>, slots, rendered Markdown); <see langword="null"/> writes nothing.</summary>
    /// <param name="value">The content.</param>
    public void Write(IHtmlContent? value)
    {
        switch (value)
        {
            case null:
                return;
            case HtmlString html:
                WriteRaw(html.Value);
                return;
            default:
                value.WriteTo(new HtmlWriterTextWriter(this), _encoder);
                return;
        }
    }

    /// <summary>Writes any value, choosing the rule at run time; <see langword="null"/> writes nothing.</summary>
    /// <param name="value">A string, HTML content, a formattable value or any object (through <c>ToString()</c>).</param>
    public void Write(object? value) => Write(value, null);

    /// <summary>Writes any value with a format string, choosing the rule at run time; <see langword="null"/> writes nothing.</summary>
    /// <param name="value">A string, HTML content, a formattable value or any object (through <c>ToString()</c>).</param>
    /// <param name="format">A .NET format string, used when the value is formattable.</param>
    public void Write(object? value, string? format)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                Write(text);
                return;
            case IHtmlContent html:
                Write(html);
                return;
            case IUtf8SpanFormattable utf8Formattable:
                WriteFormatted(utf8Formattable, format);
                return;
            case ISpanFormattable spanFormattable:
                WriteSpanFormattable(spanFormattable, format);
                return;
            case IFormattable formattable:
                Write(formattable.ToString(format, null));
                return;
            default:
                Write(value.ToString());
                return;
        }
    }

    private void WriteFormatted<T>(T value, ReadOnlySpan<char> format) where T : IUtf8SpanFormattable
    {
        Span<byte> free = FreeSpan;
        if (!value.TryFormat(free, out int written, format, null))
        {
            if (free.Length >= PagesDefaults.FormattedValueReserve)
            {
                WriteLargeFormatted(value, format);
                return;
            }

            AcquireChunk(PagesDefaults.FormattedValueReserve);
            free = FreeSpan;
            if (!value.TryFormat(free, out written, format, null))
            {
                WriteLargeFormatted(value, format);
                return;
            }
        }

        // An integer in its default format is an optional sign and ASCII digits: starting with a digit
        // means nothing to encode. Anything else (a culture's signs and separators, "E+", dates) is checked.
        if (format.IsEmpty && IsInteger<T>() && written > 0 && char.IsAsciiDigit((char)free[0]))
        {
            _position += written;
            return;
        }

        AcceptWrittenText(free, written);
    }

    private void WriteLargeFormatted<T>(T value, ReadOnlySpan<char> format) where T : IUtf8SpanFormattable
    {
        int size = PagesDefaults.FormattedValueReserve * 4;
        while (true)
        {
            byte[] rented = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                if (value.TryFormat(rented, out int written, format, null))
                {
                    WriteUtf8Text(rented.AsSpan(0, written));
                    return;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            size = checked(size * 2);
        }
    }

    private void WriteSpanFormattable(ISpanFormattable value, ReadOnlySpan<char> format)
    {
        Span<char> stackChars = stackalloc char[PagesDefaults.StackBufferSize];
        if (value.TryFormat(stackChars, out int written, format, null))
        {
            WriteEncoded(stackChars[..written]);
            return;
        }

        int size = PagesDefaults.StackBufferSize * 4;
        while (true)
        {
            char[] rented = ArrayPool<char>.Shared.Rent(size);
            try
            {
                if (value.TryFormat(rented, out written, format, null))
                {
                    WriteEncoded(rented.AsSpan(0, written));
                    return;
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            size = checked(size * 2);
        }
    }

    // Folded to a constant by the JIT for each value type.
    private static bool IsInteger<T>() =>
        typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(short) ||
        typeof(T) == typeof(byte) || typeof(T) == typeof(uint) || typeof(T) == typeof(ulong) ||
        typeof(T) == typeof(ushort) || typeof(T) == typeof(sbyte) || typeof(T) == typeof(nint) ||
        typeof(T) == typeof(nuint) || typeof(T) == typeof(Int128) || typeof(T) == typeof(UInt128);
}
