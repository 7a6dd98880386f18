using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pages.Tests.Infrastructure;

/// <summary>Runs writes against an in-memory pipe and returns what the pipe received.</summary>
internal static class HtmlWriterHarness
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(Action<HtmlWriter> write)
    {
        using var output = new MemoryPipeWriter();
        var writer = new HtmlWriter(output, Encoder);
        write(writer);
        writer.Commit();
        return Encoding.UTF8.GetString(output.WrittenMemory.Span);
    }

    /// <summary>Everything the pipe's writer sent until it completed, as UTF-8 text.</summary>
    public static async Task<string> ReadAllAsync(System.IO.Pipelines.PipeReader reader)
    {
        using var stream = new MemoryStream();
        await reader.CopyToAsync(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
