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
        foreach (object registered in routes.InOrder)
        {
            if (registered is EndpointRoute endpoint)
            {
                Add(new PageRouteInfo(endpoint.Pattern, PageRouteKind.Endpoint, endpoint.SourceFile, endpoint.Prerender, endpoint.StaticPathTable, endpoint.Methods.For(HttpMethods.Get) is not null));
                continue;
            }

            if (registered is RedirectRoute redirect)
            {
                Add(new PageRouteInfo(redirect.Redirect.Template, PageRouteKind.Redirect, redirect.Redirect.DisplayName, redirect.Prerender, redirect.StaticPathTable));
                continue;
            }

            var route = (PageRoute)registered;
            PageRouteKind kind = route.StatusCode is null ? PageRouteKind.Page : PageRouteKind.ErrorPage;
            Add(new PageRouteInfo(route.Pattern, kind, route.SourceFile, route.Prerender, route.StaticPathTable));
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
