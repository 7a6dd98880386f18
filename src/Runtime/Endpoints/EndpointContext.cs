using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Pages;

/// <summary>
/// What an endpoint handler sees (docs/on-demand.md), the counterpart of Astro's <c>APIContext</c>: the request, its route
/// values, cookies, per-request items and services.
/// </summary>
public sealed class EndpointContext
{
    private RouteParams? _params;
    private Uri? _url;
    private PageCookies? _cookies;

    internal EndpointContext(HttpContext httpContext, Uri? site, StaticPath? staticPath = null)
    {
        HttpContext = httpContext;
        Site = site;
        StaticPath = staticPath;
    }

    /// <summary>The current request's context.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The current request (method, headers, query, body).</summary>
    public HttpRequest Request => HttpContext.Request;

    /// <summary>The route values: <c>Params["id"]</c>, <see langword="null"/> when absent.</summary>
    public RouteParams Params => _params ??= new RouteParams(HttpContext.Request.RouteValues);

    /// <summary>The absolute request URL, with the query string and the host's port.</summary>
    public Uri Url => _url ??= new Uri(HttpContext.Request.GetEncodedUrl());

    /// <summary>The request's cookies to read, and the response's cookies to set or delete.</summary>
    public PageCookies Cookies => _cookies ??= new PageCookies(HttpContext);

    /// <summary>Per-request items set by middleware (<see cref="HttpContext.Items"/>).</summary>
    public IDictionary<object, object?> Locals => HttpContext.Items;

    /// <summary>The request's service provider.</summary>
    public IServiceProvider Services => HttpContext.RequestServices;

    /// <summary>The configured site URL (<see cref="PagesOptions.Site"/>); <see langword="null"/> when not set.</summary>
    public Uri? Site { get; }

    /// <summary>
    /// For a prerendered endpoint with <c>GetStaticPaths()</c>, the static path this request is for (its params and,
    /// for a <see cref="StaticPath{TProps}"/>, its props); <see langword="null"/> otherwise.
    /// </summary>
    public StaticPath? StaticPath { get; }

    /// <summary>The props of this request's static path (Astro's <c>context.props</c>).</summary>
    /// <typeparam name="TProps">The props type the endpoint's <c>GetStaticPaths()</c> returned with <see cref="StaticPath{TProps}"/>.</typeparam>
    /// <returns>The props.</returns>
    /// <exception cref="InvalidOperationException">The request has no static path, or its props are not a <typeparamref name="TProps"/>.</exception>
    public TProps GetProps<TProps>() => StaticPath switch
    {
        StaticPath<TProps> typed => typed.Props,
        null => throw new InvalidOperationException(
            "This request has no static path: only a prerendered endpoint with GetStaticPaths() has props."),
        _ => throw new InvalidOperationException(
            $"The static path {StaticPath} carries no props of type {typeof(TProps).Name}; GetStaticPaths() must return StaticPath<{typeof(TProps).Name}>."),
    };
}
