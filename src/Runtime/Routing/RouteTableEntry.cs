namespace Pages;

/// <summary>One route of the app as <see cref="AppRouteTable"/> lists it: enough to write a sitemap or a navigation.</summary>
public sealed class RouteTableEntry
{
    private readonly StaticPathTable? _staticPaths;

    /// <summary>
    /// Describes a route; <paramref name="staticPaths"/> is the route's resolved-once static path table;
    /// <paramref name="answersGet"/> is <see langword="false"/> for an endpoint without a <c>Get</c> or <c>All</c> handler.
    /// </summary>
    internal RouteTableEntry(string pattern, RouteTableEntryKind kind, string sourceFile, bool prerender, StaticPathTable? staticPaths, bool answersGet = true)
    {
        AnswersGet = answersGet;
        Pattern = pattern;
        Kind = kind;
        SourceFile = sourceFile;
        Prerender = prerender;
        _staticPaths = staticPaths;
        IsDynamic = PageRoutePattern.Parse(pattern).Parameters.Count > 0;
    }

    /// <summary>The route template (<c>/blog/{slug}</c>, <c>/docs/{**path}</c>, <c>/{**path}/edit</c>: a rest parameter may have segments after it).</summary>
    public string Pattern { get; }

    /// <summary>What the route serves.</summary>
    public RouteTableEntryKind Kind { get; }

    /// <summary>The file the route comes from, relative to the project (<c>Pages/blog/[slug].page</c>).</summary>
    public string SourceFile { get; }

    /// <summary>Whether the route is written to disk at export (<c>Prerender</c>).</summary>
    public bool Prerender { get; }

    /// <summary>Whether the route has parameters (<c>[slug]</c>, <c>[...path]</c>).</summary>
    public bool IsDynamic { get; }

    /// <summary>Whether the route has a <c>GetStaticPaths()</c>.</summary>
    public bool HasStaticPaths => _staticPaths is not null;

    /// <summary>Whether a <c>GET</c> has a handler: an endpoint with only <c>Post</c> (say) has nothing to export.</summary>
    internal bool AnswersGet { get; }

    /// <summary>The table behind <see cref="GetStaticPathsAsync"/>, for the exporter.</summary>
    internal StaticPathTable? StaticPathTable => _staticPaths;

    /// <summary>
    /// The static paths of a prerendered dynamic route, as its <c>GetStaticPaths()</c> returned them (called once
    /// per app, then kept); empty for a route without <c>GetStaticPaths()</c>.
    /// </summary>
    /// <returns>The paths, in the order <c>GetStaticPaths()</c> returned them.</returns>
    /// <exception cref="InvalidOperationException">A path lacks a parameter of the route, names an unknown one, or repeats another.</exception>
    public async Task<IReadOnlyList<StaticPath>> GetStaticPathsAsync() =>
        _staticPaths is null ? [] : await _staticPaths.GetPathsAsync().ConfigureAwait(false);

    /// <inheritdoc/>
    public override string ToString() => $"{Pattern} ({SourceFile})";
}
