using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// One entry of the route table in priority order: a page (<see cref="PageRegistration"/>), an endpoint
/// (<see cref="EndpointRegistration"/>) or a configured redirect (<see cref="RedirectRegistration"/>). What differs between them
/// (how they describe themselves to <see cref="AppRouteTable"/>, what answers their requests) is here, so the table is
/// typed and nothing switches on the kind of route.
/// </summary>
internal interface IRouteRegistration
{
    /// <summary>The route template (<c>/blog/{slug}</c>; see <see cref="PageRoutePattern"/>).</summary>
    string Pattern { get; }

    /// <summary>Where the route comes from, for messages: its <c>.page</c> or <c>.cs</c> file, or the redirect.</summary>
    string Source { get; }

    /// <summary>The route as <see cref="AppRouteTable"/> lists it.</summary>
    RouteTableEntry Describe();

    /// <summary>What answers the route's requests, and the endpoint's display name.</summary>
    (RequestDelegate Handler, string DisplayName) CreateHandler(PagesRuntime runtime);
}
