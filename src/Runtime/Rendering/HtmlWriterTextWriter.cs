using System.IO;
using System.Text;

namespace Pages;

/// <summary>
/// A <see cref="TextWriter"/> over an <see cref="HtmlWriter"/>, for <c>IHtmlContent.WriteTo</c>: what it
/// receives is HTML already, so it is transcoded to UTF-8 and written as is.
/// </summary>
internal sealed class HtmlWriterTextWriter : TextWriter
{
    private readonly HtmlWriter _writer;

    // A high surrogate written alone waits for its low half, so a pair is transcoded as one scalar.
    private char _pendingHighSurrogate;

    public HtmlWriterTextWriter(HtmlWriter writer) => _writer = writer;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_pendingHighSurrogate != default)
        {
            ReadOnlySpan<char> pair = [_pendingHighSurrogate, value];
            _pendingHighSurrogate = default;
            _writer.WriteRaw(pair);
            return;
        }

        if (char.IsHighSurrogate(value))
        {
            _pendingHighSurrogate = value;
            return;
        }

        _writer.WriteRaw([value]);
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        if (_pendingHighSurrogate != default)
        {
            Write(buffer[0]);
            buffer = buffer[1..];
        }

        _writer.WriteRaw(buffer);
    }
}
