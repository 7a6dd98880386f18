using System.Buffers;
using System.Text.Unicode;

namespace Pages;

// Strings: transcoded from UTF-16 straight into the output buffer, then HTML-encoded only from the
// first byte that needs it (most text needs none).
public sealed partial class HtmlWriter
{
    /// <summary>Writes a string HTML-encoded; <see langword="null"/> writes nothing.</summary>
    /// <param name="value">The text.</param>
    public void Write(string? value)
    {
        if (value is not null)
        {
            WriteEncoded(value.AsSpan());
        }
    }

    /// <summary>Writes HTML as it is (<c>set:html</c>); <see langword="null"/> writes nothing.</summary>
    /// <param name="html">Markup that is trusted to be HTML.</param>
    public void WriteRaw(string? html)
    {
        if (html is not null)
        {
            WriteRaw(html.AsSpan());
        }
    }

    /// <summary>Writes UTF-16 text HTML-encoded.</summary>
    internal void WriteEncoded(ReadOnlySpan<char> chars)
    {
        // A UTF-16 code unit becomes at most 3 UTF-8 bytes.
        int free = _end - _position;
        if (chars.Length <= free / 3)
        {
            Span<byte> destination = _buffer.AsSpan(_position, free);
            Utf8.FromUtf16(chars, destination, out _, out int written);
            AcceptWrittenText(destination, written);
            return;
        }

        WriteEncodedAcrossChunks(chars);
    }

    /// <summary>Writes UTF-16 text that is HTML already, transcoded to UTF-8.</summary>
    internal void WriteRaw(ReadOnlySpan<char> chars)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(chars, FreeSpan, out int read, out int written);
            _position += written;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return;
            }

            chars = chars[read..];
            AcquireChunk(Math.Min(chars.Length * 3, PagesDefaults.SpillBufferSize));
        }
    }

    /// <summary>
    /// Keeps <paramref name="written"/> UTF-8 bytes just written at the current position, encoding
    /// them from the first byte the encoder wants to replace.
    /// </summary>
    private void AcceptWrittenText(Span<byte> destination, int written)
    {
        int firstToEncode = _encoder.FindFirstCharacterToEncodeUtf8(destination[..written]);
        if (firstToEncode < 0)
        {
            _position += written;
            return;
        }

        _position += firstToEncode;
        EncodeCopyOf(destination[firstToEncode..written]);
    }

    /// <summary>Encodes bytes that lie in the output buffer itself, where the encoded form will go.</summary>
    private void EncodeCopyOf(ReadOnlySpan<byte> utf8)
    {
        byte[]? rented = null;
        Span<byte> copy = utf8.Length <= PagesDefaults.StackBufferSize
            ? stackalloc byte[PagesDefaults.StackBufferSize]
            : (rented = ArrayPool<byte>.Shared.Rent(utf8.Length));
        utf8.CopyTo(copy);
        WriteEncodedUtf8(copy[..utf8.Length]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes valid UTF-8 text through the encoder, across chunks.</summary>
    private void WriteEncodedUtf8(ReadOnlySpan<byte> utf8)
    {
        while (true)
        {
            var status = _encoder.EncodeUtf8(utf8, FreeSpan, out int consumed, out int written);
            _position += written;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return;
            }

            utf8 = utf8[consumed..];
            AcquireChunk(Math.Min(utf8.Length * 6, PagesDefaults.SpillBufferSize));
        }
    }

    /// <summary>Writes UTF-8 text that needs encoding from some byte on: the safe prefix as is, the rest encoded.</summary>
    private void WriteUtf8Text(ReadOnlySpan<byte> utf8)
    {
        int firstToEncode = _encoder.FindFirstCharacterToEncodeUtf8(utf8);
        if (firstToEncode < 0)
        {
            WriteLiteral(utf8);
            return;
        }

        WriteLiteral(utf8[..firstToEncode]);
        WriteEncodedUtf8(utf8[firstToEncode..]);
    }

    private void WriteEncodedAcrossChunks(ReadOnlySpan<char> chars)
    {
        if (chars.Length <= PagesDefaults.PipeBufferSizeHint / 3)
        {
            // Short enough for a fresh chunk: take one and use the direct path.
            AcquireChunk(chars.Length * 3);
            WriteEncoded(chars);
            return;
        }

        // Long text: transcode a piece at a time on the stack, then encode each piece into the output.
        Span<byte> piece = stackalloc byte[PagesDefaults.TranscodeChunkSize];
        while (!chars.IsEmpty)
        {
            Utf8.FromUtf16(chars, piece, out int read, out int written);
            WriteUtf8Text(piece[..written]);
            chars = chars[read..];
        }
    }
}
