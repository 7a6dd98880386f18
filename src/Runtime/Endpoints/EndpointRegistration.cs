namespace Pages;

/// <summary>One <c>[Endpoint]</c> class as a manifest registered it.</summary>
/// <param name="Pattern">The ASP.NET Core route template (<c>/api/products/{id}</c>).</param>
/// <param name="SourceFile">The <c>.cs</c> file, for messages.</param>
/// <param name="Prerender">Whether the endpoint's <c>GET</c> is written to disk at export.</param>
/// <param name="Methods">Its handlers.</param>
/// <param name="GetStaticPaths">The class's <c>GetStaticPaths()</c>, adapted by <see cref="Pages.StaticPaths"/>; <see langword="null"/> when it has none.</param>
internal sealed record EndpointRegistration(
    string Pattern,
    string SourceFile,
    bool Prerender,
    EndpointMethods Methods,
    Func<ValueTask<IReadOnlyList<StaticPath>>>? GetStaticPaths = null) : IRouteRegistration
{
    /// <summary>The static paths, resolved once and shared by on-demand requests and the export.</summary>
    public StaticPathTable? StaticPathTable { get; } =
        GetStaticPaths is null ? null : new StaticPathTable(Pattern, SourceFile, GetStaticPaths);

    public string Source => SourceFile;

    public RouteTableEntry Describe()
        => new(Pattern, RouteTableEntryKind.Endpoint, SourceFile, Prerender, StaticPathTable, Methods.For(Microsoft.AspNetCore.Http.HttpMethods.Get) is not null);

    // Every method reaches the endpoint, which answers 405 with Allow for those it lacks.
    public (Microsoft.AspNetCore.Http.RequestDelegate Handler, string DisplayName) CreateHandler(PagesRuntime runtime)
        => (new ServerEndpoint(this, runtime).HandleAsync, $"Endpoint {Pattern} ({SourceFile})");
}
