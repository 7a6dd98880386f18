using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>The build-time link check of one page: PAGE050 at each literal link that reaches nothing.</summary>
internal static class BrokenLinks
{
    /// <summary>A PAGE050 for every link of <paramref name="page"/> that <see cref="LinkResolver"/> cannot resolve.</summary>
    /// <param name="page">The page's literal links.</param>
    /// <param name="targets">The app's routes and web root files.</param>
    /// <param name="webRootName">The web root folder as the project names it (<c>wwwroot</c>), for the message.</param>
    public static EquatableArray<DiagnosticInfo> Find(PageLinks page, LinkTargets targets, string webRootName)
    {
        if (page.Links.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var link in page.Links)
        {
            if (!LinkResolver.Resolves(link.Url, targets))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BrokenLink, page.FilePath, link.Span, link.Url, webRootName));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
