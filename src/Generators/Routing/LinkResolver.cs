using System;
using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// Decides whether a literal root-relative link reaches something the app serves: a route (page or endpoint,
/// matched as ASP.NET Core matches, by <see cref="RouteMatcher"/>) or a file of the web root. The query and the
/// fragment are not part of the path; percent-escapes are decoded as the server decodes them.
/// </summary>
internal static class LinkResolver
{
    /// <summary>True when <paramref name="url"/> reaches a route or a web root file of <paramref name="targets"/>.</summary>
    /// <param name="url">A root-relative URL such as <c>/blog/hello?x=1#top</c>.</param>
    /// <param name="targets">The app's routes and web root files.</param>
    public static bool Resolves(string url, LinkTargets targets)
    {
        var path = PathOf(url);
        if (IsWebRootFile(path, targets.Files))
        {
            return true;
        }

        foreach (var route in targets.Routes)
        {
            if (RouteMatcher.TryMatch(route.Segments, path, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The URL's path, without query and fragment, its escapes decoded except <c>%2F</c>, which stays inside its segment.</summary>
    /// <param name="url">A root-relative URL.</param>
    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(new[] { '?', '#' });
        var path = end < 0 ? url : url.Substring(0, end);
        return path.IndexOf('%') < 0
            ? path
            : Uri.UnescapeDataString(path.Replace("%2F", "%252F").Replace("%2f", "%252f"));
    }

    /// <summary>
    /// A web root file by its exact path (<c>/css/site.css</c>, case-sensitive as on the server), or a folder's
    /// <c>index.html</c> (<c>/docs/</c>, <c>/docs</c>), as static hosts serve the exported site.
    /// </summary>
    private static bool IsWebRootFile(string path, EquatableArray<string> files)
    {
        var relative = path.TrimStart('/');
        if (relative.Length > 0 && !relative.EndsWith("/", StringComparison.Ordinal) && Contains(files, relative))
        {
            return true;
        }

        var folder = relative.TrimEnd('/');
        return Contains(files, folder.Length == 0 ? "index.html" : folder + "/index.html");
    }

    private static bool Contains(EquatableArray<string> sortedFiles, string file)
    {
        var low = 0;
        var high = sortedFiles.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(sortedFiles[middle], file);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
