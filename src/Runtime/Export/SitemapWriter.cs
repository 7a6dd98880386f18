using System.IO;
using System.Text;
using System.Xml;

namespace Pages;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9): one absolute <c>&lt;loc&gt;</c> per exported HTML page, in route order.</summary>
internal static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Render(Uri site, IEnumerable<string> paths)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (string path in paths)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, new Uri(site, ExportPaths.Encode(path)).AbsoluteUri);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
