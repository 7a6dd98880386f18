using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// The app's route table as a service (docs/routing.md): every route <c>MapPages()</c> mapped, in priority order, with its
/// kind, prerender flag and static paths, so an app can write its own sitemap or navigation. The static export
/// reads the same table.
/// </summary>
public sealed class PageRoutes
{
    private readonly Lock _gate = new();
    private readonly List<PageRouteInfo> _routes = [];
    private PageRouteInfo? _serverErrorPage;

    internal PageRoutes()
    {
    }

    /// <summary>The mapped routes, in priority order (empty until <c>MapPages()</c> ran).</summary>
    public IReadOnlyList<PageRouteInfo> Routes
    {
        get
        {
            lock (_gate)
            {
                return [.. _routes];
            }
        }
    }

    /// <summary>The app's <c>500.page</c>, which has no URL of its own; <see langword="null"/> when it has none.</summary>
    public PageRouteInfo? ServerErrorPage
    {
        get
        {
            lock (_gate)
            {
                return _serverErrorPage;
            }
        }
    }

    /// <summary>Adds a route (the pages of <c>MapPages()</c>; endpoints add theirs the same way).</summary>
    internal void Add(PageRouteInfo route)
    {
        lock (_gate)
        {
            _routes.Add(route);
        }
    }

    /// <summary>Adds the pages and endpoints of a route collection that <c>MapPages()</c> mapped, in their priority order.</summary>
    internal void Add(PageRouteCollection routes)
    {
        foreach (IRegisteredRoute registered in routes.InOrder)
        {
            Add(registered.Describe());
        }

        if (routes.ErrorPages.TryGetValue(500, out PageRoute? serverError))
        {
            lock (_gate)
            {
                _serverErrorPage ??= new PageRouteInfo(serverError.Pattern, PageRouteKind.ErrorPage, serverError.SourceFile, serverError.Prerender, null);
            }
        }
    }
}
