using System.Globalization;
using System.Text;
using System.Xml;

namespace Site.Pages;

/// <summary>
/// <c>/rss.xml</c>: the blog's RSS 2.0 feed, built from the content collection. Prerendered (the default under
/// <c>PagesOutput=static</c>), so <c>build</c> writes it as <c>rss.xml</c>; links are absolute, from <c>Site</c>.
/// </summary>
[Endpoint]
public static class Rss
{
    public static IResult Get(EndpointContext context)
    {
        Uri site = context.Site ?? new Uri(context.Url.GetLeftPart(UriPartial.Authority));
        var posts = Content.GetCollection<BlogPost>("blog", post => !post.Data.Draft)
            .OrderByDescending(post => post.Data.PubDate);

        using var xml = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(xml, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", "Pages sample blog");
            writer.WriteElementString("link", new Uri(site, "/blog").AbsoluteUri);
            writer.WriteElementString("description", "News and guides from the Pages sample site.");
            foreach (var post in posts)
            {
                string link = new Uri(site, $"/blog/{post.Id}").AbsoluteUri;
                writer.WriteStartElement("item");
                writer.WriteElementString("title", post.Data.Title);
                writer.WriteElementString("link", link);
                writer.WriteElementString("guid", link);
                writer.WriteElementString("description", post.Data.Description);
                writer.WriteElementString("pubDate", post.Data.PubDate.ToString("r", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return Results.Text(Encoding.UTF8.GetString(xml.ToArray()) + "\n", "application/rss+xml", Encoding.UTF8);
    }
}
