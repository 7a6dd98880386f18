namespace Pages;

/// <summary>
/// The redirects of <see cref="PagesOptions.Redirects"/>, Astro's <c>redirects</c> map:
/// <c>o.Redirects.Add("/old", "/new", 301)</c>, <c>o.Redirects.Add("/blog/[slug]", "/articles/[slug]")</c>.
/// They join the route table with the pages' priority rules; on demand each answers a real redirect, and the
/// static export writes a meta-refresh page for it.
/// </summary>
public sealed class PageRedirects : IReadOnlyList<ConfiguredRedirect>
{
    private readonly List<ConfiguredRedirect> _redirects = [];

    /// <inheritdoc/>
    public int Count => _redirects.Count;

    /// <inheritdoc/>
    public ConfiguredRedirect this[int index] => _redirects[index];

    /// <summary>Adds a redirect.</summary>
    /// <param name="from">The source path, as Astro writes routes: <c>/old</c>, <c>/blog/[slug]</c>, <c>/docs/[...path]</c>.</param>
    /// <param name="to">The target path or absolute URL; may use the source's parameters: <c>/articles/[slug]</c>.</param>
    /// <param name="status">301 (default), 302, 303, 307 or 308.</param>
    /// <returns>This collection, for chaining.</returns>
    /// <exception cref="ArgumentException">The source is not a route, or the target uses a parameter the source lacks.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a redirect status.</exception>
    public PageRedirects Add(string from, string to, int status = 301)
    {
        _redirects.Add(new ConfiguredRedirect(from, to, status));
        return this;
    }

    /// <inheritdoc/>
    public IEnumerator<ConfiguredRedirect> GetEnumerator() => _redirects.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
