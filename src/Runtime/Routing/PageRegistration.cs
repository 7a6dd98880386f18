namespace Pages;

/// <summary>One routable page as a manifest registered it.</summary>
/// <param name="Pattern">The route template (<c>/blog/{slug}</c>, <c>/docs/{**path}</c>, <c>/{**path}/edit</c>; see <see cref="PageRoutePattern"/>).</param>
/// <param name="SourceFile">The <c>.page</c> file, for messages.</param>
/// <param name="Prerender">Whether the page is written to disk at export.</param>
/// <param name="Buffer">The page's own <c>Buffer</c> constant; <see langword="null"/> follows <see cref="PagesOptions.Buffer"/>.</param>
/// <param name="Factory">Creates an instance per request.</param>
/// <param name="StatusCode">The status the page answers with (404 for <c>/404</c>); <see langword="null"/> leaves it to the page.</param>
/// <param name="GetStaticPaths">The page's <c>GetStaticPaths()</c>, adapted by <see cref="Pages.StaticPaths"/>; <see langword="null"/> when it has none.</param>
/// <param name="Antiforgery">Whether a form POST must carry a valid antiforgery token; <see langword="false"/> when the page opted out.</param>
internal sealed record PageRegistration(
    string Pattern,
    string SourceFile,
    bool Prerender,
    bool? Buffer,
    Func<Page> Factory,
    int? StatusCode = null,
    Func<ValueTask<IReadOnlyList<StaticPath>>>? GetStaticPaths = null,
    bool Antiforgery = true) : IRouteRegistration
{
    /// <summary>The static paths, resolved once and shared by on-demand requests and the export.</summary>
    public StaticPathTable? StaticPathTable { get; } =
        GetStaticPaths is null ? null : new StaticPathTable(Pattern, SourceFile, GetStaticPaths);

    public string Source => SourceFile;

    public RouteTableEntry Describe()
        => new(Pattern, StatusCode is null ? RouteTableEntryKind.Page : RouteTableEntryKind.ErrorPage, SourceFile, Prerender, StaticPathTable);

    public (Microsoft.AspNetCore.Http.RequestDelegate Handler, string DisplayName) CreateHandler(PagesRuntime runtime)
        => (new PageEndpoint(this, runtime).HandleAsync, $"Page {Pattern} ({SourceFile})");
}
