using System.Buffers;
using System.Buffers.Text;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Bench.Render;

/// <summary>
/// The hand-written baseline's writer: one span per buffer from <c>GetSpan(4096)</c>, one <c>Advance</c>
/// when it fills or at the end; literals copied, numbers formatted, text transcoded and encoded with
/// <see cref="HtmlEncoder.EncodeUtf8"/> straight into the span.
/// </summary>
public ref struct BufferedSpanWriter
{
    private const int BufferSize = 4096;
    private readonly PipeWriter _output;
    private readonly HtmlEncoder _encoder;
    private Span<byte> _span;
    private int _position;

    /// <summary>Takes the first span of <paramref name="output"/>.</summary>
    /// <param name="output">The pipe.</param>
    /// <param name="encoder">The encoder of text values.</param>
    public BufferedSpanWriter(PipeWriter output, HtmlEncoder encoder)
    {
        _output = output;
        _encoder = encoder;
        _span = output.GetSpan(BufferSize);
        _position = 0;
    }

    /// <summary>Copies bytes that are HTML already.</summary>
    /// <param name="utf8">A <c>"..."u8</c> literal.</param>
    public void WriteLiteral(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _span.Length - _position)
        {
            NextBuffer(utf8.Length);
        }

        utf8.CopyTo(_span[_position..]);
        _position += utf8.Length;
    }

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The number.</param>
    public void Write(int value)
    {
        if (_span.Length - _position < 11)
        {
            NextBuffer(11);
        }

        Utf8Formatter.TryFormat(value, _span[_position..], out int written);
        _position += written;
    }

    /// <summary>Writes text HTML-encoded: transcoded to UTF-8 on the stack, then encoded into the span.</summary>
    /// <param name="text">The text (short: at most 256 UTF-16 code units, which Fortunes messages are).</param>
    public void WriteEncoded(string text)
    {
        Span<byte> utf8 = stackalloc byte[768];
        Utf8.FromUtf16(text, utf8, out _, out int length);
        ReadOnlySpan<byte> source = utf8[..length];
        while (true)
        {
            OperationStatus status = _encoder.EncodeUtf8(source, _span[_position..], out int consumed, out int written);
            _position += written;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return;
            }

            source = source[consumed..];
            NextBuffer(source.Length * 6);
        }
    }

    /// <summary>Advances the pipe past the bytes written into the current span.</summary>
    public void Complete()
    {
        _output.Advance(_position);
        _span = default;
        _position = 0;
    }

    private void NextBuffer(int sizeHint)
    {
        _output.Advance(_position);
        _span = _output.GetSpan(Math.Max(sizeHint, BufferSize));
        _position = 0;
    }
}
