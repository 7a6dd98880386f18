using System.ComponentModel;
namespace Pages;

/// <summary>
/// What generated manifests register into: their pages, endpoints and error pages, in the order given (the generator
/// sorts them: static segments before <c>[param]</c> before <c>[...rest]</c>, longer first). <c>MapPages()</c>
/// builds the endpoints and the <see cref="AppRouteTable"/> from it, in that order.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public sealed class RouteRegistrations
{
    private readonly List<PageRegistration> _routablePages = [];
    private readonly Dictionary<int, PageRegistration> _errorPages = [];
    private readonly List<IRouteRegistration> _inOrder = [];

    /// <summary>The routable pages (the 404 page among them), in registration order.</summary>
    internal IReadOnlyList<PageRegistration> RoutablePages => _routablePages;

    /// <summary>
    /// Pages (<see cref="PageRegistration"/>), endpoints (<see cref="EndpointRegistration"/>) and configured redirects
    /// (<see cref="RedirectRegistration"/>) in one order: their route priority.
    /// </summary>
    internal IReadOnlyList<IRouteRegistration> InOrder => _inOrder;

    /// <summary>The error pages by status code; the first registered for a status wins.</summary>
    internal IReadOnlyDictionary<int, PageRegistration> ErrorPages => _errorPages;

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
        var route = new PageRegistration(pattern, sourceFile, prerender, buffer, factory, GetStaticPaths: getStaticPaths, Antiforgery: antiforgery);
        _routablePages.Add(route);
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
        var route = new EndpointRegistration(pattern, sourceFile, prerender, methods, getStaticPaths);
        _inOrder.Add(route);
    }

    /// <summary>Puts a run-time route (a configured redirect) at its priority among the registered ones.</summary>
    internal void InsertInOrder(int index, RedirectRegistration route) => _inOrder.Insert(index, route);

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
        var route = new PageRegistration($"/{statusCode}", sourceFile, Prerender: true, buffer, factory, statusCode);
        if (!_errorPages.TryAdd(statusCode, route))
        {
            return;
        }

        if (statusCode == 404)
        {
            _routablePages.Add(route);
            _inOrder.Add(route);
        }
    }
}
