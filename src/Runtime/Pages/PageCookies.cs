using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// Cookies as a page sees them (like <c>Astro.cookies</c>): read from the request, set or deleted on the
/// response. <see cref="CookieOptions"/> defaults to path <c>/</c>.
/// </summary>
public sealed class PageCookies
{
    private readonly HttpContext _context;
    private readonly PageBase? _owner;

    internal PageCookies(HttpContext context, PageBase? owner = null)
    {
        _context = context;
        _owner = owner;
    }

    /// <summary>Whether the request has the cookie <paramref name="name"/>.</summary>
    /// <param name="name">The cookie name.</param>
    /// <returns><see langword="true"/> when the request sent it.</returns>
    public bool Has(string name) => _context.Request.Cookies.ContainsKey(name);

    /// <summary>The request's cookie <paramref name="name"/>; <see langword="null"/> when absent.</summary>
    /// <param name="name">The cookie name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public CookieValue? Get(string name) =>
        _context.Request.Cookies.TryGetValue(name, out string? value) && value is not null ? new CookieValue(value) : null;

    /// <summary>Sets a cookie on the response.</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Path, domain, expiry, max age, HttpOnly, Secure, SameSite; path <c>/</c> by default.</param>
    /// <exception cref="InvalidOperationException">Called in a component, or in a page's template (only the frontmatter may set cookies).</exception>
    public void Set(string name, string value, CookieOptions? options = null)
    {
        _owner?.ThrowIfResponseLocked($"The cookie '{name}'");
        _context.Response.Cookies.Append(name, value, options ?? new CookieOptions());
    }

    /// <summary>Sets a cookie to a number, written in the invariant culture.</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Path, domain, expiry, max age, HttpOnly, Secure, SameSite; path <c>/</c> by default.</param>
    public void Set(string name, double value, CookieOptions? options = null) =>
        Set(name, value.ToString(CultureInfo.InvariantCulture), options);

    /// <summary>Sets a cookie to <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Path, domain, expiry, max age, HttpOnly, Secure, SameSite; path <c>/</c> by default.</param>
    public void Set(string name, bool value, CookieOptions? options = null) => Set(name, value ? "true" : "false", options);

    /// <summary>Sets a cookie to a value serialized as JSON with source-generated metadata (AOT-safe).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The cookie name.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The type's metadata from a <c>JsonSerializerContext</c>.</param>
    /// <param name="options">Path, domain, expiry, max age, HttpOnly, Secure, SameSite; path <c>/</c> by default.</param>
    public void Set<T>(string name, T value, JsonTypeInfo<T> typeInfo, CookieOptions? options = null) =>
        Set(name, JsonSerializer.Serialize(value, typeInfo), options);

    /// <summary>Deletes a cookie (the response tells the browser it has expired).</summary>
    /// <param name="name">The cookie name.</param>
    /// <param name="options">The path and domain the cookie was set with; path <c>/</c> by default.</param>
    /// <exception cref="InvalidOperationException">Called in a component, or in a page's template (only the frontmatter may delete cookies).</exception>
    public void Delete(string name, CookieOptions? options = null)
    {
        _owner?.ThrowIfResponseLocked($"The cookie '{name}'");
        _context.Response.Cookies.Delete(name, options ?? new CookieOptions());
    }
}
