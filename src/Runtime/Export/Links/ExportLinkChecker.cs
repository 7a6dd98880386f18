using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pages;

/// <summary>
/// The export's link check (docs/static-export.md#link-check): after every file is written, each internal <c>href</c>
/// and <c>src</c> of each written HTML page — from templates and from rendered Markdown alike — must reach a written
/// file, and its <c>#fragment</c> an id of the target page. External links (a scheme, <c>//host</c>) are not followed;
/// a link to an on-demand route (<c>Prerender = false</c>) is the app's to answer, so it counts as reached.
/// </summary>
/// <remarks>
/// Rendered pages are scanned as they are written (<see cref="AddPage"/>, on the export's parallel workers, from the
/// bytes in memory); a page kept without rendering brings the links and ids the manifest recorded when it was rendered
/// (<see cref="AddScanned"/>); any other HTML the export wrote (copied from the web root, or a kept page the last export
/// did not scan) is read at <see cref="CheckAsync"/>.
/// A URL resolves as a static host serves the folder: relative to the page's own URL, percent-escapes decoded,
/// <c>/a/</c> to <c>a/index.html</c>, and <c>/a</c> to the file <c>a</c>, else <c>a/index.html</c>, else <c>a.html</c>.
/// File names match case-sensitively, as on most hosts.
/// </remarks>
internal sealed class ExportLinkChecker
{
    private static readonly Uri s_root = new("http://export.invalid/");

    private readonly string _folder;
    private readonly PageRouteMatcher[] _onDemand;
    private readonly ConcurrentDictionary<string, (List<string> Links, HashSet<string> Ids)> _pages = new(StringComparer.Ordinal);
    private long _scanTicks;

    /// <param name="folder">The export's output folder.</param>
    /// <param name="onDemandPatterns">The route patterns the app answers on demand (not written).</param>
    public ExportLinkChecker(string folder, IEnumerable<string> onDemandPatterns)
    {
        _folder = Path.GetFullPath(folder);
        _onDemand = onDemandPatterns.Select(PageRouteMatcher.For).ToArray();
    }

    /// <summary>Scans a written page (thread-safe); files that are not <c>.html</c> are ignored.</summary>
    /// <param name="file">The file, relative to the output folder with <c>/</c>.</param>
    /// <param name="body">Its bytes, UTF-8.</param>
    /// <returns>The page's links and ids; <see langword="null"/> for a file that is not HTML.</returns>
    public (List<string> Links, HashSet<string> Ids)? AddPage(string file, byte[] body)
    {
        if (!file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        (List<string> Links, HashSet<string> Ids) scanned = HtmlLinkScanner.Scan(body);
        _pages[file] = scanned;
        Interlocked.Add(ref _scanTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        return scanned;
    }

    /// <summary>Adds a page scanned by an earlier export and kept without rendering (thread-safe).</summary>
    /// <param name="file">The file, relative to the output folder with <c>/</c>.</param>
    /// <param name="links">Its links, as <see cref="AddPage"/> found them.</param>
    /// <param name="ids">Its element ids.</param>
    public void AddScanned(string file, string[] links, string[] ids) =>
        _pages[file] = ([.. links], new HashSet<string>(ids, StringComparer.Ordinal));

    /// <summary>The time spent in <see cref="AddPage"/>, summed over the workers that called it.</summary>
    public TimeSpan ScanTime => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _scanTicks));

    /// <summary>Checks the links of every <c>.html</c> file of the export.</summary>
    /// <param name="exported">Every file the export wrote or kept (relative, <c>/</c>): the pages to check and the
    /// targets links may reach. Other files in the folder are the user's (an incremental export keeps them): their
    /// links are not the export's to check, and a link to one is broken, as it was when the folder was emptied.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The broken links ordered by page and position, and how many links and pages were checked.</returns>
    public async Task<(List<BrokenLink> Broken, int Links, int Pages)> CheckAsync(IEnumerable<string> exported, CancellationToken cancellationToken)
    {
        var files = new HashSet<string>(exported, StringComparer.Ordinal);

        string[] pages = files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray();
        string[] unscanned = pages.Where(page => !_pages.ContainsKey(page)).ToArray();
        await Parallel.ForEachAsync(unscanned, cancellationToken, async (page, token) =>
            _pages[page] = HtmlLinkScanner.Scan(await File.ReadAllBytesAsync(Path.Combine(_folder, page), token).ConfigureAwait(false)))
            .ConfigureAwait(false);

        var brokenByPage = new List<BrokenLink>?[pages.Length];
        Parallel.For(0, pages.Length, new ParallelOptions { CancellationToken = cancellationToken }, index =>
        {
            string page = pages[index];
            Uri? pageUri = null;
            foreach (string url in _pages[page].Links)
            {
                if (Check(page, ref pageUri, url, files) is string reason)
                {
                    (brokenByPage[index] ??= []).Add(new BrokenLink(page, url, reason));
                }
            }
        });

        int links = pages.Sum(page => _pages[page].Links.Count);
        return (brokenByPage.Where(b => b is not null).SelectMany(b => b!).ToList(), links, pages.Length);
    }

    /// <summary>Why <paramref name="url"/> on <paramref name="page"/> is broken, or null when it resolves (or is external).</summary>
    private string? Check(string page, ref Uri? pageUri, string url, HashSet<string> files)
    {
        string trimmed = url.Trim();
        if (trimmed.Length == 0 || IsExternal(trimmed))
        {
            return null;
        }

        if (!TrySplit(page, ref pageUri, trimmed, out string path, out string fragment, out string escapedPath))
        {
            return null;
        }

        string? file = trimmed[0] == '#' ? page : Resolve(path, files);
        if (file is null)
        {
            return IsOnDemand(escapedPath) ? null : $"no file for /{path}";
        }

        if (fragment.Length == 0 || !_pages.TryGetValue(file, out var target) || target.Ids.Contains(fragment))
        {
            return null;
        }

        return $"no id \"{fragment}\" in {file}";
    }

    /// <summary>
    /// The link's path (decoded, without the leading <c>/</c>) and fragment (decoded). A plain root-relative URL — most
    /// links — is split directly; anything else (relative, escaped, with dot segments) is resolved by <see cref="Uri"/>
    /// against the page's URL.
    /// </summary>
    private static bool TrySplit(string page, ref Uri? pageUri, string url, out string path, out string fragment, out string escapedPath)
    {
        int hash = url.IndexOf('#');
        int end = url.IndexOfAny(['?', '#']);
        string rawPath = end < 0 ? url : url[..end];
        string rawFragment = hash < 0 ? "" : url[(hash + 1)..];
        if (rawPath.Length > 0 && rawPath[0] == '/' && !rawPath.Contains('%') && !rawPath.Contains("/.", StringComparison.Ordinal) && !rawPath.Contains('\\'))
        {
            escapedPath = rawPath;
            path = rawPath[1..];
            fragment = rawFragment.Contains('%') ? Uri.UnescapeDataString(rawFragment) : rawFragment;
            return true;
        }

        pageUri ??= new Uri(s_root, Uri.EscapeDataString(page).Replace("%2F", "/", StringComparison.Ordinal));
        if (!Uri.TryCreate(pageUri, url, out Uri? target) || !string.Equals(target.Host, s_root.Host, StringComparison.Ordinal))
        {
            (path, fragment, escapedPath) = ("", "", "");
            return false;
        }

        escapedPath = target.AbsolutePath;
        path = Uri.UnescapeDataString(escapedPath).TrimStart('/');
        fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        return true;
    }

    private bool IsOnDemand(string escapedPath)
    {
        var pathString = PathString.FromUriComponent(escapedPath);
        foreach (PageRouteMatcher matcher in _onDemand)
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
