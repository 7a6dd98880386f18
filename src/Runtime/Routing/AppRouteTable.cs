using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// The app's route table as a service (docs/routing.md): every route <c>MapPages()</c> mapped, in priority order, with its
/// kind, prerender flag and static paths, so an app can write its own sitemap or navigation. The static export
/// reads the same table.
/// </summary>
public sealed class AppRouteTable
{
    private readonly Lock _gate = new();
    private readonly List<RouteTableEntry> _routes = [];
    private RouteTableEntry? _serverErrorPage;

    internal AppRouteTable()
    {
    }

    /// <summary>The mapped routes, in priority order (empty until <c>MapPages()</c> ran).</summary>
    public IReadOnlyList<RouteTableEntry> Routes
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
    public RouteTableEntry? ServerErrorPage
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
    internal void Add(RouteTableEntry route)
    {
        lock (_gate)
        {
            _routes.Add(route);
        }
    }

    /// <summary>Adds the pages and endpoints of a route collection that <c>MapPages()</c> mapped, in their priority order.</summary>
    internal void Add(RouteRegistrations routes)
    {
        foreach (IRouteRegistration registered in routes.InOrder)
        {
            Add(registered.Describe());
        }

        if (routes.ErrorPages.TryGetValue(500, out PageRegistration? serverError))
        {
            lock (_gate)
            {
                _serverErrorPage ??= new RouteTableEntry(serverError.Pattern, RouteTableEntryKind.ErrorPage, serverError.SourceFile, serverError.Prerender, null);
            }
        }
    }
}
