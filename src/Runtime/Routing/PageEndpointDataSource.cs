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

    private readonly RouteRegistrations _routes;
    private readonly PagesRuntime _runtime;
    private readonly List<Action<EndpointBuilder>> _conventions = [];
    private readonly List<Action<EndpointBuilder>> _finallyConventions = [];
    private readonly Lock _gate = new();
    private IReadOnlyList<Endpoint>? _endpoints;

    public PageEndpointDataSource(RouteRegistrations routes, PagesRuntime runtime)
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
            IRouteRegistration route = _routes.InOrder[order];
            (RequestDelegate handler, string displayName) = route.CreateHandler(_runtime);
            endpoints.Add(Build(handler, route.Pattern, order, displayName, metadata: null));
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
