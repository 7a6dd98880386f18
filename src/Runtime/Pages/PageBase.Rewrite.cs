using Microsoft.AspNetCore.Http;

namespace Pages;

// Rewrites (Astro's Astro.rewrite).
public abstract partial class PageBase
{
    /// <summary>
    /// A result that renders the route matching <paramref name="path"/> for this same request, with no redirect: the
    /// client keeps its URL (Astro's <c>Astro.rewrite</c>). The target sees <paramref name="path"/> as its request
    /// path and its own route params; a path that matches no route answers the 404 page; a rewrite back to a path
    /// this request already went through answers 508 Loop Detected.
    /// </summary>
    /// <param name="path">A path of this site (<c>"/other"</c>, <c>"/blog/hello?tab=2"</c>), decoded.</param>
    /// <returns>The result, to return from the frontmatter.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not start with one <c>/</c>.</exception>
    protected IResult Rewrite(string path) => new RewriteResult(path);
}
