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
    private readonly ConcurrentDictionary<string, PageLinks> _pages = new(StringComparer.Ordinal);
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
    public PageLinks? AddPage(string file, byte[] body)
    {
        if (!file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        PageLinks scanned = PageLinks.Scan(body);
        _pages[file] = scanned;
        Interlocked.Add(ref _scanTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        return scanned;
    }

    /// <summary>Adds a page scanned by an earlier export and kept without rendering (thread-safe).</summary>
    /// <param name="file">The file, relative to the output folder with <c>/</c>.</param>
    /// <param name="links">Its links and ids, as <see cref="AddPage"/> found them.</param>
    public void AddScanned(string file, PageLinks links) => _pages[file] = links;

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
        var pages = new List<string>();
        var unscanned = new List<string>();
        foreach (string file in files)
        {
            if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                pages.Add(file);
                if (!_pages.ContainsKey(file))
                {
                    unscanned.Add(file);
                }
            }
        }

        pages.Sort(StringComparer.Ordinal);
        if (unscanned.Count > 0)
        {
            await Parallel.ForEachAsync(unscanned, cancellationToken, async (page, token) =>
                _pages[page] = PageLinks.Scan(await File.ReadAllBytesAsync(Path.Combine(_folder, page), token).ConfigureAwait(false)))
                .ConfigureAwait(false);
        }

        // A link from the site's root (most are) resolves the same from every page: each distinct one is resolved once.
        var fromRoot = new Dictionary<string, string?>(StringComparer.Ordinal);
        var broken = new List<BrokenLink>();
        int links = 0;
        foreach (string page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            PageLinks scanned = _pages[page];
            links += scanned.Count;
            Uri? pageUri = null;
            foreach (string url in scanned.Local)
            {
                string? reason;
                if (!url.AsSpan().TrimStart().StartsWith('/'))
                {
                    reason = Check(page, ref pageUri, url, files);
                }
                else if (!fromRoot.TryGetValue(url, out reason))
                {
                    reason = Check(page, ref pageUri, url, files);
                    fromRoot.Add(url, reason);
                }

                if (reason is not null)
                {
                    broken.Add(new BrokenLink(page, url, reason));
                }
            }
        }

        return (broken, links, pages.Count);
    }

    /// <summary>Why <paramref name="url"/> on <paramref name="page"/> is broken, or null when it resolves (or is external).</summary>
    private string? Check(string page, ref Uri? pageUri, string url, HashSet<string> files)
    {
        // Links that leave the site are not kept (PageLinks): each one here is local.
        string trimmed = url.Trim();

        if (!TrySplit(page, ref pageUri, trimmed, out string path, out string fragment, out string escapedPath))
        {
            return null;
        }

        string? file = trimmed[0] == '#' ? page : Resolve(path, files);
        if (file is null)
        {
            return IsOnDemand(escapedPath) ? null : $"no file for /{path}";
        }

        if (fragment.Length == 0 || !_pages.TryGetValue(file, out var target) || target.HasId(fragment))
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
}
