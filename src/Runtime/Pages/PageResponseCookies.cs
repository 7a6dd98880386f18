using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>The response cookies as page code sees them (<c>Response.Cookies</c>): changes obey the response rule (<see cref="PageResponse"/>).</summary>
internal sealed class PageResponseCookies : IResponseCookies
{
    private readonly IResponseCookies _inner;
    private readonly PageBase _owner;

    public PageResponseCookies(IResponseCookies inner, PageBase owner)
    {
        _inner = inner;
        _owner = owner;
    }

    public void Append(string key, string value)
    {
        Guard(key);
        _inner.Append(key, value);
    }

    public void Append(string key, string value, CookieOptions options)
    {
        Guard(key);
        _inner.Append(key, value, options);
    }

    public void Delete(string key)
    {
        Guard(key);
        _inner.Delete(key);
    }

    public void Delete(string key, CookieOptions options)
    {
        Guard(key);
        _inner.Delete(key, options);
    }

    private void Guard(string name) => _owner.ThrowIfResponseLocked($"The cookie '{name}'");
}
