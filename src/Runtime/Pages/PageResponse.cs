using System.IO;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// The <see cref="HttpResponse"/> a page or component sees as <c>Response</c>: ASP.NET Core's own, except that
/// changing the status, headers, content type or cookies outside a page's frontmatter throws an
/// <see cref="InvalidOperationException"/> that says why (docs/language.md). Writing the body and reading anything are unchanged.
/// </summary>
/// <remarks>
/// A wrapper rather than a swapped <c>IHttpResponseFeature</c>: middleware and the server keep the real response
/// (their <c>OnStarting</c> callbacks still set headers), and only page code is held to the rule.
/// <c>HttpContext.Response</c> stays the unguarded escape hatch.
/// </remarks>
internal sealed class PageResponse : HttpResponse
{
    private readonly HttpResponse _inner;
    private readonly PageBase _owner;
    private PageResponseHeaders? _headers;
    private PageResponseCookies? _cookies;

    public PageResponse(HttpResponse inner, PageBase owner)
    {
        _inner = inner;
        _owner = owner;
    }

    public override HttpContext HttpContext => _inner.HttpContext;

    public override int StatusCode
    {
        get => _inner.StatusCode;
        set
        {
            _owner.ThrowIfResponseLocked("Response.StatusCode");
            _inner.StatusCode = value;
        }
    }

    public override IHeaderDictionary Headers => _headers ??= new PageResponseHeaders(_inner.Headers, _owner);

    public override Stream Body
    {
        get => _inner.Body;
        set => _inner.Body = value;
    }

    public override PipeWriter BodyWriter => _inner.BodyWriter;

    public override long? ContentLength
    {
        get => _inner.ContentLength;
        set
        {
            _owner.ThrowIfResponseLocked("Response.ContentLength");
            _inner.ContentLength = value;
        }
    }

    public override string? ContentType
    {
        get => _inner.ContentType;
        set
        {
            _owner.ThrowIfResponseLocked("Response.ContentType");
            _inner.ContentType = value;
        }
    }

    public override IResponseCookies Cookies => _cookies ??= new PageResponseCookies(_inner.Cookies, _owner);

    public override bool HasStarted => _inner.HasStarted;

    public override void OnStarting(Func<object, Task> callback, object state) => _inner.OnStarting(callback, state);

    public override void OnCompleted(Func<object, Task> callback, object state) => _inner.OnCompleted(callback, state);

    public override void RegisterForDispose(IDisposable disposable) => _inner.RegisterForDispose(disposable);

    public override void RegisterForDisposeAsync(IAsyncDisposable disposable) => _inner.RegisterForDisposeAsync(disposable);

    public override void Redirect(string location, bool permanent)
    {
        _owner.ThrowIfResponseLocked("The redirect (Response.Redirect)");
        _inner.Redirect(location, permanent);
    }

    public override Task StartAsync(CancellationToken cancellationToken = default) => _inner.StartAsync(cancellationToken);

    public override Task CompleteAsync() => _inner.CompleteAsync();
}
