using System.Collections.Concurrent;
using System.Linq;
using System.IO;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Pages;

/// <summary>
/// The export's link check (docs/static-export.md#link-check): after every file is written, each internal <c>href</c>
/// and <c>src</c> of each written HTML page — from templates and from rendered Markdown alike — must reach a written
/// file, and its <c>#fragment</c> an id of the target page. External links (a scheme, <c>//host</c>) are not followed;
/// a link to an on-demand route (<c>Prerender = false</c>) is the app's to answer, so it counts as reached.
/// </summary>
/// <remarks>
/// A URL resolves as a static host serves the folder: relative to the page's own URL, percent-escapes decoded,
/// <c>/a/</c> to <c>a/index.html</c>, and <c>/a</c> to the file <c>a</c>, else <c>a/index.html</c>, else <c>a.html</c>.
/// File names match case-sensitively, as on most hosts.
/// </remarks>
internal static class ExportLinkChecker
{
    private static readonly Uri s_root = new("http://export.invalid/");

    /// <summary>Checks every <c>.html</c> file under <paramref name="folder"/>.</summary>
    /// <param name="folder">The export's output folder.</param>
    /// <param name="onDemandPatterns">The route patterns the app answers on demand (not written).</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The broken links ordered by page and position, and how many links and pages were checked.</returns>
    public static async Task<(List<BrokenLink> Broken, int Links, int Pages)> CheckAsync(string folder, IEnumerable<string> onDemandPatterns, CancellationToken cancellationToken)
    {
        var onDemand = onDemandPatterns.Select(p => new TemplateMatcher(TemplateParser.Parse(p), new RouteValueDictionary())).ToArray();
        string root = Path.GetFullPath(folder);
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
        }

        var pages = files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToArray();
        var scans = new ConcurrentDictionary<string, (List<string> Links, HashSet<string> Ids)>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(pages, cancellationToken, async (page, token) =>
        {
            string html = await File.ReadAllTextAsync(Path.Combine(root, page), Encoding.UTF8, token).ConfigureAwait(false);
            scans[page] = HtmlLinkScanner.Scan(html);
        }).ConfigureAwait(false);

        var broken = new List<BrokenLink>();
        int links = 0;
        foreach (string page in pages.Order(StringComparer.Ordinal))
        {
            var pageUri = new Uri(s_root, Uri.EscapeDataString(page).Replace("%2F", "/", StringComparison.Ordinal));
            foreach (string url in scans[page].Links)
            {
                links++;
                if (Check(page, pageUri, url, files, scans, onDemand) is string reason)
                {
                    broken.Add(new BrokenLink(page, url, reason));
                }
            }
        }

        return (broken, links, pages.Length);
    }

    /// <summary>Why <paramref name="url"/> on <paramref name="page"/> is broken, or null when it resolves (or is external).</summary>
    private static string? Check(
        string page,
        Uri pageUri,
        string url,
        HashSet<string> files,
        ConcurrentDictionary<string, (List<string> Links, HashSet<string> Ids)> scans,
        TemplateMatcher[] onDemand)
    {
        string trimmed = url.Trim();
        if (trimmed.Length == 0 || IsExternal(trimmed) || !Uri.TryCreate(pageUri, trimmed, out Uri? target)
            || !string.Equals(target.Host, s_root.Host, StringComparison.Ordinal))
        {
            return null;
        }

        string? file;
        if (trimmed[0] == '#')
        {
            file = page;
        }
        else
        {
            string path = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
            file = Resolve(path, files);
            if (file is null)
            {
                return IsOnDemand(target.AbsolutePath, onDemand) ? null : $"no file for /{path}";
            }
        }

        string fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length == 0 || !scans.TryGetValue(file, out var scan) || scan.Ids.Contains(fragment))
        {
            return null;
        }

        return $"no id \"{fragment}\" in {file}";
    }

    private static bool IsOnDemand(string path, TemplateMatcher[] onDemand)
    {
        var pathString = PathString.FromUriComponent(path);
        foreach (TemplateMatcher matcher in onDemand)
        {
            if (matcher.TryMatch(pathString, new RouteValueDictionary()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The written file a path is served from, or null.</summary>
    private static string? Resolve(string path, HashSet<string> files)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            string index = path + "index.html";
            return files.Contains(index) ? index : null;
        }

        if (files.Contains(path))
        {
            return path;
        }

        string folderIndex = path + "/index.html";
        if (files.Contains(folderIndex))
        {
            return folderIndex;
        }

        string html = path + ".html";
        return files.Contains(html) ? html : null;
    }

    /// <summary>A URL with a scheme (<c>https:</c>, <c>mailto:</c>, <c>data:</c>) or a host (<c>//cdn</c>) leaves the site.</summary>
    private static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("\\\\", StringComparison.Ordinal))
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
