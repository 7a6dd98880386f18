namespace Pages;

/// <summary>
/// What the link check needs of one exported HTML page: the links it resolves (within the site, in document order), how
/// many others the page has (they leave the site, or are empty: never broken, so only counted), and the page's element
/// ids (targets of <c>#fragment</c> links). The check keeps this per page, and the incremental export's manifest stores
/// it, so a page kept without rendering is checked without reading it back; storing a count instead of each external
/// link keeps the manifest small (at 4,000 posts, 62,000 of 101,000 links are external).
/// </summary>
internal sealed class PageLinks
{
    /// <summary>A page with no links and no ids.</summary>
    public static PageLinks Empty { get; } = new([], 0, []);

    /// <param name="local">The links the check resolves, in document order.</param>
    /// <param name="external">How many other links the page has.</param>
    /// <param name="ids">The page's element ids, distinct and sorted ordinally.</param>
    public PageLinks(string[] local, int external, string[] ids)
    {
        Local = local;
        External = external;
        Ids = ids;
    }

    /// <summary>The links the check resolves: within the site, in document order, as written in the page.</summary>
    public string[] Local { get; }

    /// <summary>How many links leave the site (a scheme such as <c>https:</c> or <c>mailto:</c>, or <c>//host</c>) or are empty.</summary>
    public int External { get; }

    /// <summary>The page's element ids, distinct and sorted ordinally.</summary>
    public string[] Ids { get; }

    /// <summary>Every link of the page, local or not.</summary>
    public int Count => Local.Length + External;

    /// <summary>Whether the page has an element with this id.</summary>
    public bool HasId(string id) => Array.BinarySearch(Ids, id, StringComparer.Ordinal) >= 0;

    /// <summary>Scans an HTML page (<see cref="HtmlLinkScanner"/>) and sorts its links into local and external.</summary>
    /// <param name="html">A whole HTML document, UTF-8.</param>
    public static PageLinks Scan(ReadOnlySpan<byte> html)
    {
        (List<string> links, HashSet<string> ids) = HtmlLinkScanner.Scan(html);
        var local = new List<string>(links.Count);
        int external = 0;
        foreach (string link in links)
        {
            if (LeavesSite(link.AsSpan().Trim()))
            {
                external++;
            }
            else
            {
                local.Add(link);
            }
        }

        string[] sortedIds = [.. ids];
        Array.Sort(sortedIds, StringComparer.Ordinal);
        return new PageLinks([.. local], external, sortedIds);
    }

    /// <summary>
    /// Whether a link (trimmed) is one the check does not follow: empty, or with a scheme (<c>https:</c>, <c>mailto:</c>,
    /// <c>data:</c>) or a host (<c>//cdn</c>).
    /// </summary>
    internal static bool LeavesSite(ReadOnlySpan<char> url)
    {
        if (url.IsEmpty || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("\\\\", StringComparison.Ordinal))
        {
            return true;
        }

        int colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        for (int i = 0; i < colon; i++)
        {
            char c = url[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return false;
            }
        }

        return true;
    }
}
