using System.IO.Pipelines;
using System.Text.Encodings.Web;

namespace Bench.Render;

/// <summary>The Fortunes page written by hand: the practical limit a template engine is measured against.</summary>
public static class HandWrittenFortunes
{
    /// <summary>Writes the page into <paramref name="output"/> (not flushed).</summary>
    /// <param name="fortunes">The sorted fortunes.</param>
    /// <param name="output">The pipe.</param>
    /// <param name="encoder">The encoder of the messages.</param>
    public static void Render(List<Fortune> fortunes, PipeWriter output, HtmlEncoder encoder)
    {
        var writer = new BufferedSpanWriter(output, encoder);
        writer.WriteLiteral("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"u8);
        foreach (Fortune fortune in fortunes)
        {
            writer.WriteLiteral("<tr><td>"u8);
            writer.Write(fortune.Id);
            writer.WriteLiteral("</td><td>"u8);
            writer.WriteEncoded(fortune.Message);
            writer.WriteLiteral("</td></tr>"u8);
        }

        writer.WriteLiteral("</table></body></html>"u8);
        writer.Complete();
    }
}
