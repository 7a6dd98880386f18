using System;
using System.IO;
using System.Text;

namespace Pages.Build;

/// <summary>
/// Reads what <see cref="FrontmatterBundle.Extract"/> takes from a content file, <c>Extract(File.ReadAllText(path))</c>,
/// without reading the whole file: the frontmatter is its head, and a clean build of 4,000 posts spent most of the
/// collect task reading and decoding 28 MB of bodies that it threw away (docs/performance.md, "The clean build").
/// </summary>
internal static class FrontmatterReader
{
    /// <summary>
    /// The first read: one page, which holds a frontmatter of the usual size (the benchmark corpus's are ≈ 100 bytes).
    /// A longer one grows the buffer fourfold per read.
    /// </summary>
    public const int FirstReadBytes = 4096;

    // File.ReadAllText's decoding of a file with a UTF-8 byte order mark or none: UTF-8, U+FFFD for bytes that are not.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// <c>FrontmatterBundle.Extract(File.ReadAllText(path))</c>, reading the file only through its closing fence line.
    /// <paramref name="buffer"/> is the caller's (one per thread, kept between files); a frontmatter that does not fit
    /// replaces it with a larger one.
    /// </summary>
    public static string Read(string path, ref byte[] buffer)
    {
        string? text;
        // bufferSize 1: no FileStream buffer, reads go straight into ours.
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
        {
            text = ReadHead(stream, ref buffer);
        }
        return text ?? FrontmatterBundle.Extract(File.ReadAllText(path));
    }

    /// <summary>
    /// What Extract takes from the file that <paramref name="stream"/> reads, or null when the file does not start with
    /// <c>---</c> (after a UTF-8 byte order mark): Extract then takes all of it, and File.ReadAllText is what decodes it
    /// (it also reads UTF-16 and UTF-32 files by their byte order marks).
    /// </summary>
    /// <remarks>
    /// A prefix of a UTF-8 file decodes to the whole file's text up to the prefix's last line feed (a line feed ends any
    /// incomplete sequence, and no other UTF-8 sequence holds the byte 0x0A): a closing fence line with more text after it
    /// in the prefix is the whole file's closing fence.
    /// </remarks>
    internal static string? ReadHead(Stream stream, ref byte[] buffer)
    {
        var length = stream.Read(buffer, 0, buffer.Length);
        var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        if (length - start < 3 || buffer[start] != '-' || buffer[start + 1] != '-' || buffer[start + 2] != '-')
        {
            return null;
        }
        while (true)
        {
            // Mostly the first line after the opening one that starts with "---" closes the frontmatter: decode only
            // through it and one byte more, so that in what Extract sees a closing fence has text after it.
            var candidate = FirstFenceCandidateEnd(buffer, start, length);
            if (candidate >= 0 && candidate < length)
            {
                var prefix = Utf8.GetString(buffer, start, candidate + 1 - start);
                var closed = FrontmatterBundle.Extract(prefix);
                if (closed.Length < prefix.Length)
                {
                    return closed;
                }
            }
            var head = Utf8.GetString(buffer, start, length - start);
            var text = FrontmatterBundle.Extract(head);
            if (text.Length < head.Length)
            {
                return text;
            }
            if (length == buffer.Length)
            {
                var larger = new byte[buffer.Length * 4];
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                buffer = larger;
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                // The whole file, all of which Extract took: no closed frontmatter, or one that ends the file.
                return text;
            }
            length += read;
        }
    }

    // Just past the line feed that ends the first line after the first line that starts with "---"; -1 when the bytes
    // hold no such line with its line feed.
    private static int FirstFenceCandidateEnd(byte[] bytes, int start, int length)
    {
        var feed = Array.IndexOf(bytes, (byte)'\n', start, length - start);
        while (feed >= 0 && feed + 3 < length)
        {
            if (bytes[feed + 1] == '-' && bytes[feed + 2] == '-' && bytes[feed + 3] == '-')
            {
                var end = Array.IndexOf(bytes, (byte)'\n', feed + 4, length - feed - 4);
                return end < 0 ? -1 : end + 1;
            }
            feed = Array.IndexOf(bytes, (byte)'\n', feed + 1, length - feed - 1);
        }
        return -1;
    }
}
