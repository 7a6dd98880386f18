using System.ComponentModel;
namespace Pages;

/// <summary>
/// The routes manifests register, in the order given (the generator sorts them: static segments before
/// <c>[param]</c> before <c>[...rest]</c>, longer first); endpoints keep that order.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public sealed class PageRouteCollection
{
    private readonly List<PageRoute> _routes = [];
    private readonly Dictionary<int, PageRoute> _errorPages = [];
    private readonly List<IRegisteredRoute> _inOrder = [];
    private readonly List<EndpointRoute> _endpoints = [];

    /// <summary>The routable pages, in registration order.</summary>
    internal IReadOnlyList<PageRoute> Routes => _routes;

    /// <summary>The server endpoints (<c>[Endpoint]</c> classes), in registration order.</summary>
    internal IReadOnlyList<EndpointRoute> EndpointRoutes => _endpoints;

    /// <summary>
    /// Pages (<see cref="PageRoute"/>), endpoints (<see cref="EndpointRoute"/>) and configured redirects
    /// (<see cref="RedirectRoute"/>) in one order: their route priority.
    /// </summary>
    internal IReadOnlyList<IRegisteredRoute> InOrder => _inOrder;

    /// <summary>The error pages by status code; the first registered for a status wins.</summary>
    internal IReadOnlyDictionary<int, PageRoute> ErrorPages => _errorPages;

    /// <summary>Adds a routable page.</summary>
    /// <param name="pattern">The route template (<c>/blog/{slug}</c>).</param>
    /// <param name="sourceFile">The <c>.page</c> file the page comes from.</param>
    /// <param name="prerender">Whether the page is written to disk at export.</param>
    /// <param name="buffer">The page's <c>Buffer</c> constant; <see langword="null"/> follows the options.</param>
    /// <param name="factory">Creates an instance of the page.</param>
    /// <param name="getStaticPaths">
    /// The page's <c>GetStaticPaths()</c> as <c>() =&gt; StaticPaths.From(Page_x.GetStaticPaths())</c>;
    /// <see langword="null"/> when it has none.
    /// </param>
    /// <param name="antiforgery">
    /// <see langword="false"/> when the page declared <c>public const bool Antiforgery = false;</c>: its form POSTs
    /// are not checked for an antiforgery token.
    /// </param>
    public void AddPage(
        string pattern,
        string sourceFile,
        bool prerender,
        bool? buffer,
        Func<Page> factory,
        Func<ValueTask<IReadOnlyList<StaticPath>>>? getStaticPaths = null,
        bool antiforgery = true)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(factory);
        var route = new PageRoute(pattern, sourceFile, prerender, buffer, factory, GetStaticPaths: getStaticPaths, Antiforgery: antiforgery);
        _routes.Add(route);
        _inOrder.Add(route);
    }

    /// <summary>Adds a server endpoint (an <c>[Endpoint]</c> class under the pages root).</summary>
    /// <param name="pattern">The route template (<c>/api/products/{id}</c>).</param>
    /// <param name="sourceFile">The <c>.cs</c> file the endpoint comes from.</param>
    /// <param name="prerender">Whether its <c>GET</c> is written to disk at export.</param>
    /// <param name="methods">Its handlers, one per HTTP method it answers.</param>
    /// <param name="getStaticPaths">
    /// The class's <c>GetStaticPaths()</c> as <c>() =&gt; StaticPaths.From(Feed.GetStaticPaths())</c>;
    /// <see langword="null"/> when it has none.
    /// </param>
    public void AddEndpoint(
        string pattern,
        string sourceFile,
        bool prerender,
        EndpointMethods methods,
        Func<ValueTask<IReadOnlyList<StaticPath>>>? getStaticPaths = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(methods);
        var route = new EndpointRoute(pattern, sourceFile, prerender, methods, getStaticPaths);
        _endpoints.Add(route);
        _inOrder.Add(route);
    }

    /// <summary>Puts a run-time route (a configured redirect) at its priority among the registered ones.</summary>
    internal void InsertInOrder(int index, RedirectRoute route) => _inOrder.Insert(index, route);

    /// <summary>
    /// Adds an error page (<c>404.page</c>, <c>500.page</c>). A 404 page also answers <c>GET /404</c> with status 404.
    /// </summary>
    /// <param name="statusCode">404 or 500.</param>
    /// <param name="sourceFile">The <c>.page</c> file the page comes from.</param>
    /// <param name="buffer">The page's <c>Buffer</c> constant; <see langword="null"/> follows the options.</param>
    /// <param name="factory">Creates an instance of the page.</param>
    public void AddErrorPage(int statusCode, string sourceFile, bool? buffer, Func<Page> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var route = new PageRoute($"/{statusCode}", sourceFile, Prerender: true, buffer, factory, statusCode);
        if (!_errorPages.TryAdd(statusCode, route))
        {
            return;
        }

        if (statusCode == 404)
        {
            _routes.Add(route);
            _inOrder.Add(route);
        }
    }
}
