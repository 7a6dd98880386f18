using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>
/// What a page or component sees (docs/language.md): the request, its route values, cookies, services and slots,
/// and the render entry points generated code overrides.
/// </summary>
public abstract partial class PageBase
{
    private HttpContext? _httpContext;
    private PagesRuntime? _runtime;
    private PageLazyState? _lazy;
    private SlotSet? _slots;

    /// <summary>The current request's context.</summary>
    /// <exception cref="InvalidOperationException">The page is not rendering (it was created but never attached to a request).</exception>
    public HttpContext HttpContext => _httpContext ?? throw NotAttached();

    /// <summary>The current request.</summary>
    public HttpRequest Request => HttpContext.Request;

    /// <summary>
    /// The current response. Its status, headers, content type and cookies can be changed only in a page's
    /// frontmatter; elsewhere (a component, the template) a change throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public HttpResponse Response => GuardedResponse;

    /// <summary>The route values: <c>Params["id"]</c>, <see langword="null"/> when absent.</summary>
    public RouteParams Params => Lazy.Params ??= new RouteParams(HttpContext.Request.RouteValues);

    /// <summary>The absolute request URL, with the query string and the host's port.</summary>
    public Uri Url => Lazy.Url ??= new Uri(HttpContext.Request.GetEncodedUrl());

    /// <summary>The configured site URL (<see cref="PagesOptions.Site"/>), like <c>Astro.site</c>; <see langword="null"/> when not set.</summary>
    public Uri? Site => Runtime.Site;

    /// <summary>The request's cookies to read, and the response's cookies to set or delete.</summary>
    public PageCookies Cookies => Lazy.Cookies ??= new PageCookies(HttpContext, this);

    /// <summary>Per-request items set by middleware (<see cref="HttpContext.Items"/>).</summary>
    public IDictionary<object, object?> Locals => HttpContext.Items;

    /// <summary>The request's service provider.</summary>
    public IServiceProvider Services => HttpContext.RequestServices;

    /// <summary>The slots the parent filled in (empty for a page).</summary>
    public SlotSet Slots
    {
        get => _slots ??= new SlotSet();
        private protected set => _slots = value;
    }

    /// <summary>The reason phrase sent with the status code (HTTP/1.1); <see langword="null"/> for the standard one.</summary>
    public string? StatusText
    {
        get => HttpContext.Features.Get<IHttpResponseFeature>()?.ReasonPhrase;
        set
        {
            ThrowIfResponseLocked("StatusText");
            IHttpResponseFeature feature = HttpContext.Features.Get<IHttpResponseFeature>()
                ?? throw new InvalidOperationException("The server does not support setting a reason phrase.");
            feature.ReasonPhrase = value;
        }
    }

    /// <summary>Whether the frontmatter has finished and the template has begun (set by <see cref="BeginTemplate"/>).</summary>
    internal bool TemplateStarted { get; private set; }

    internal PagesRuntime Runtime => _runtime ?? throw NotAttached();

    private PageLazyState Lazy => _lazy ??= new PageLazyState();

    /// <summary>Called by generated code when the frontmatter has finished, before the first template byte.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    protected void BeginTemplate() => TemplateStarted = true;

    /// <summary>Attaches a page to the request it renders.</summary>
    internal void Attach(HttpContext context, PagesRuntime runtime)
    {
        _httpContext = context;
        _runtime = runtime;
    }

    /// <summary>Gives a component its parent's request, route values and runtime.</summary>
    internal void AttachToParent(PageBase parent)
    {
        _httpContext = parent.HttpContext;
        _runtime = parent._runtime;
        if (parent._lazy is { } state && (state.Params is not null || state.Url is not null))
        {
            _lazy = new PageLazyState { Params = state.Params, Url = state.Url };
        }
    }

    private InvalidOperationException NotAttached() => new(
        $"{GetType().Name} is not rendering a request: pages are rendered by MapPages() or PageRenderer, components by their parent.");
}
