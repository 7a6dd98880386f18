using Pages.Generators.Model;
using Pages.Generators.Routing;
using Xunit;

namespace Pages.Generators.Tests.Routing;

/// <summary>Route models built from paths under the pages root, as the generator builds them.</summary>
internal static class Routes
{
    public static RouteModel Page(string routePath) => Create(routePath, RouteKind.Page);

    public static RouteModel Endpoint(string routePath) => Create(routePath, RouteKind.Endpoint);

    /// <summary>A page for a <c>.page</c> path, an endpoint for a <c>.cs</c> path.</summary>
    public static RouteModel For(string routePath)
        => Create(routePath, routePath.EndsWith(".cs", StringComparison.Ordinal) ? RouteKind.Endpoint : RouteKind.Page);

    public static RouteModel[] For(params string[] routePaths) => routePaths.Select(For).ToArray();

    /// <summary>The route paths of <paramref name="routePaths"/> in the order the comparer gives.</summary>
    public static string[] Sorted(params string[] routePaths)
        => For(routePaths).OrderBy(r => r, RouteComparer.Instance).Select(r => r.RoutePath).ToArray();

    private static RouteModel Create(string routePath, RouteKind kind)
    {
        Assert.True(RoutePathParser.TryParse(routePath, out var segments, out var pattern, out var errorStatus, out var error), error);
        return new RouteModel("/app/Pages/" + routePath, routePath, pattern, segments, kind, errorStatus,
            "global::App.Pages." + PageClassName.ForPage(routePath), Prerender: true, Buffer: null, HasStaticPaths: false);
    }
}
