using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pages;

/// <summary>
/// Finds the endpoint a rewritten path goes to: the app's route endpoints (pages, endpoints, redirects, and the
/// app's own minimal APIs) tried in their <c>Order</c>, the first whose template matches and that answers the method.
/// Rebuilt when the app's endpoints change.
/// </summary>
internal sealed class RewriteMatcher
{
    private readonly EndpointDataSource _endpoints;
    private readonly Lock _gate = new();
    private IReadOnlyList<Endpoint>? _source;
    private (RouteEndpoint Endpoint, PageRouteMatcher Matcher)[] _candidates = [];

    public RewriteMatcher(EndpointDataSource endpoints) => _endpoints = endpoints;

    /// <summary>The endpoint and its route values for <paramref name="path"/>; <see langword="null"/> when none matches.</summary>
    public (RouteEndpoint Endpoint, RouteValueDictionary Values)? Match(PathString path, string method)
    {
        foreach ((RouteEndpoint endpoint, PageRouteMatcher matcher) in Candidates())
        {
            IReadOnlyList<string>? methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is { Count: > 0 } && !methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var values = new RouteValueDictionary();
            if (matcher.TryMatch(path, values))
            {
                return (endpoint, values);
            }
        }

        return null;
    }

    private (RouteEndpoint Endpoint, PageRouteMatcher Matcher)[] Candidates()
    {
        IReadOnlyList<Endpoint> current = _endpoints.Endpoints;
        lock (_gate)
        {
            if (!ReferenceEquals(current, _source))
            {
                var candidates = new List<(RouteEndpoint, PageRouteMatcher)>();
                foreach (Endpoint endpoint in current)
                {
                    if (endpoint is RouteEndpoint route && route.RequestDelegate is not null)
                    {
                        candidates.Add((route, new PageRouteMatcher(route.RoutePattern, route.Metadata.GetMetadata<RestSuffix>())));
                    }
                }

                // A stable sort: endpoints of equal Order keep the data sources' order.
                _candidates = [.. candidates.OrderBy(candidate => candidate.Item1.Order)];
                _source = current;
            }

            return _candidates;
        }
    }
}
