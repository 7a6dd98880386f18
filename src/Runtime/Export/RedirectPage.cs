using System.Text;
using System.Text.Encodings.Web;

namespace Pages;

/// <summary>
/// The file a prerendered redirect becomes, as Astro writes it: a meta refresh to the target, a canonical link
/// (absolute when the site is known), <c>noindex</c>, and a link for clients that ignore the refresh.
/// </summary>
internal static class RedirectPage
{
    public static byte[] Render(string from, string location, Uri? site, HtmlEncoder encoder)
    {
        string canonical = site is not null && Uri.TryCreate(site, location, out Uri? absolute) ? absolute.AbsoluteUri : location;
        string target = encoder.Encode(location);
        string html =
            $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Redirecting to: {target}</title>\n" +
            $"<meta http-equiv=\"refresh\" content=\"0;url={target}\">\n<meta name=\"robots\" content=\"noindex\">\n" +
            $"<link rel=\"canonical\" href=\"{encoder.Encode(canonical)}\">\n</head>\n" +
            $"<body><a href=\"{target}\">Redirecting from <code>{encoder.Encode(from)}</code> to <code>{target}</code></a></body>\n</html>\n";
        return Encoding.UTF8.GetBytes(html);
    }
}
