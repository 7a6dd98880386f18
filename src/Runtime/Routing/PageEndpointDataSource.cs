using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace Pages;

/// <summary>
/// The endpoints of every registered page, built once from the route collection; also the convention
/// builder <c>MapPages()</c> returns, so <c>.RequireAuthorization()</c> and friends apply to all of them.
/// </summary>
internal sealed class PageEndpointDataSource : EndpointDataSource, IEndpointConventionBuilder
{
    // Catch-all that leaves URLs with a file extension alone, as MapFallback does, so a static-file
    // middleware placed after routing still serves them.
    private const string FallbackPattern = "{*path:nonfile}";

    private readonly PageRouteCollection _routes;
    private readonly PagesRuntime _runtime;
    private readonly List<Action<EndpointBuilder>> _conventions = [];
    private readonly List<Action<EndpointBuilder>> _finallyConventions = [];
    private readonly Lock _gate = new();
    private IReadOnlyList<Endpoint>? _endpoints;

    public PageEndpointDataSource(PageRouteCollection routes, PagesRuntime runtime)
    {
        _routes = routes;
        _runtime = runtime;
    }

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            lock (_gate)
            {
                return _endpoints ??= BuildEndpoints();
            }
        }
    }

    public override IChangeToken GetChangeToken() => new CancellationChangeToken(CancellationToken.None);

    public void Add(Action<EndpointBuilder> convention)
    {
        lock (_gate)
        {
            ThrowIfBuilt();
            _conventions.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        lock (_gate)
        {
            ThrowIfBuilt();
            _finallyConventions.Add(finallyConvention);
        }
    }

    private List<Endpoint> BuildEndpoints()
    {
        var endpoints = new List<Endpoint>(_routes.InOrder.Count + 1);
        for (int order = 0; order < _routes.InOrder.Count; order++)
        {
            if (_routes.InOrder[order] is EndpointRoute endpointRoute)
            {
                // Every method reaches the endpoint, which answers 405 with Allow for those it lacks.
                var endpoint = new ServerEndpoint(endpointRoute, _runtime);
                endpoints.Add(Build(endpoint.HandleAsync, endpointRoute.Pattern, order, $"Endpoint {endpointRoute.Pattern} ({endpointRoute.SourceFile})", metadata: null));
                continue;
            }

            if (_routes.InOrder[order] is RedirectRoute redirect)
            {
                // Every method is redirected, as Astro does.
                endpoints.Add(Build(redirect.HandleAsync, redirect.Redirect.Template, order, redirect.Redirect.DisplayName, metadata: null));
                continue;
            }

            var route = (PageRoute)_routes.InOrder[order];
            var page = new PageEndpoint(route, _runtime);
            endpoints.Add(Build(page.HandleAsync, route.Pattern, order, $"Page {route.Pattern} ({route.SourceFile})", metadata: null));
        }

        if (_runtime.Options.MapNotFoundFallback)
        {
            // Any method: a method-restricted fallback would turn unknown URLs into 405s.
            endpoints.Add(Build(_runtime.WriteNotFoundAsync, FallbackPattern, int.MaxValue, "Pages 404 fallback", metadata: null));
        }

        return endpoints;
    }

    private Endpoint Build(RequestDelegate handler, string pattern, int order, string displayName, object? metadata)
    {
        // A rest parameter with segments after it is matched up to the rest parameter; its RestSuffix does the rest.
        (RoutePattern routePattern, RestSuffix? suffix) = PageRoutePattern.ForEndpoint(pattern);
        var builder = new RouteEndpointBuilder(handler, routePattern, order)
        {
            DisplayName = displayName,
        };
        if (suffix is not null)
        {
            builder.Metadata.Add(suffix);
        }

        if (metadata is not null)
        {
            builder.Metadata.Add(metadata);
        }

        foreach (Action<EndpointBuilder> convention in _conventions)
        {
            convention(builder);
        }

        foreach (Action<EndpointBuilder> finallyConvention in _finallyConventions)
        {
            finallyConvention(builder);
        }

        return builder.Build();
    }

    private void ThrowIfBuilt()
    {
        if (_endpoints is not null)
        {
            throw new InvalidOperationException("Conventions cannot be added to MapPages() once its endpoints have been built.");
        }
    }
}
