using System.Collections.Concurrent;
using System.IO;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Pages;

/// <summary>
/// How a server answers a prerendered route on demand (docs/on-demand.md, docs/static-export.md): from the exported file when the export folder has
/// it (<c>dist/about/index.html</c>, <c>dist/about.html</c>, <c>dist/rss.xml</c>), else from the page or endpoint run once
/// and kept in memory; either way with an <c>ETag</c>, answering <c>If-None-Match</c> with 304.
/// </summary>
/// <remarks>
/// Keys are request paths, at most <see cref="PagesDefaults.PrerenderCacheCapacity"/> of them (past that, pages
/// render per request), so a dynamic prerendered route cannot grow memory without bound. Two first requests that
/// arrive together may both render; one answer is kept.
/// </remarks>
internal sealed class PrerenderedResponses
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ConcurrentDictionary<string, PrerenderedResponse> _responses = new(StringComparer.Ordinal);
    private string? _directory;

    /// <summary>
    /// Whether prerendered answers are served and kept: off in Development (every request renders, as in
    /// <c>astro dev</c>) and when the request hooks say so (the static export must render, never read the folder it writes).
    /// </summary>
    public bool Applies(HttpContext context, PagesRuntime runtime) =>
        !runtime.IsDevelopment && runtime.RequestHooks.ServesPrerenderedAnswers
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));

    /// <summary>Forgets every answer kept in memory (after Hot Reload changed the pages that rendered them).</summary>
    public void Clear() => _responses.Clear();

    /// <summary>Answers from memory or from the page's exported HTML file; <see langword="false"/> when neither has it.</summary>
    public async ValueTask<bool> TryServePageAsync(HttpContext context, PagesRuntime runtime)
    {
        string key = Key(context);
        if (!_responses.TryGetValue(key, out PrerenderedResponse? response))
        {
            string path = context.Request.Path.Value?.Trim('/') ?? "";
            byte[]? file = await ReadExportedAsync(context, runtime, path.Length == 0 ? "index.html" : path + "/index.html").ConfigureAwait(false)
                ?? (path.Length == 0 ? null : await ReadExportedAsync(context, runtime, path + ".html").ConfigureAwait(false));
            if (file is null)
            {
                return false;
            }

            response = Keep(key, file, PagesDefaults.HtmlContentType, []);
        }

        await WriteAsync(context, response).ConfigureAwait(false);
        return true;
    }

    /// <summary>Answers from an endpoint's exported file, its content type from its extension.</summary>
    public async ValueTask<bool> TryServeEndpointFileAsync(HttpContext context, PagesRuntime runtime)
    {
        string key = Key(context);
        if (!_responses.TryGetValue(key, out PrerenderedResponse? response))
        {
            string path = context.Request.Path.Value?.Trim('/') ?? "";
            byte[]? file = path.Length == 0 ? null : await ReadExportedAsync(context, runtime, path).ConfigureAwait(false);
            if (file is null)
            {
                return false;
            }

            response = Keep(key, file, ContentTypeOf(path), []);
        }

        await WriteAsync(context, response).ConfigureAwait(false);
        return true;
    }

    /// <summary>Keeps a page's or endpoint's rendered 200 answer (with the headers it set) and sends it.</summary>
    /// <param name="context">The request, whose response holds the status and headers the route set.</param>
    /// <param name="body">The rendered body.</param>
    /// <param name="defaultContentType">The content type when the route set none.</param>
    public Task KeepAndWriteAsync(HttpContext context, ReadOnlyMemory<byte> body, string defaultContentType)
    {
        var headers = new List<KeyValuePair<string, StringValues>>();
        foreach (KeyValuePair<string, StringValues> header in context.Response.Headers)
        {
            if (!IsPerRequest(header.Key))
            {
                headers.Add(header);
            }
        }

        string contentType = context.Response.ContentType ?? defaultContentType;
        PrerenderedResponse response = Keep(Key(context), body.ToArray(), contentType, headers);
        return WriteAsync(context, response);
    }

    private PrerenderedResponse Keep(string key, byte[] body, string contentType, IReadOnlyList<KeyValuePair<string, StringValues>> headers)
    {
        var response = new PrerenderedResponse(body, contentType, ETagOf(body), headers);
        if (_responses.Count < PagesDefaults.PrerenderCacheCapacity)
        {
            response = _responses.GetOrAdd(key, response);
        }

        return response;
    }

    private static async Task WriteAsync(HttpContext context, PrerenderedResponse response)
    {
        HttpResponse http = context.Response;
        foreach (KeyValuePair<string, StringValues> header in response.Headers)
        {
            http.Headers[header.Key] = header.Value;
        }

        http.Headers.ETag = response.ETag;
        if (Matches(context.Request, response.ETag))
        {
            http.StatusCode = StatusCodes.Status304NotModified;
            http.Headers.ContentType = default;
            return;
        }

        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = response.ContentType;
        http.ContentLength = response.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await http.BodyWriter.WriteAsync(response.Body).ConfigureAwait(false);
        }
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        IList<EntityTagHeaderValue> tags = request.GetTypedHeaders().IfNoneMatch;
        foreach (EntityTagHeaderValue tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || StringSegment.Equals(tag.Tag, etag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<byte[]?> ReadExportedAsync(HttpContext context, PagesRuntime runtime, string relativePath)
    {
        string? directory = _directory ??= ExportDirectory(context, runtime);
        if (directory is null)
        {
            return null;
        }

        string full = Path.GetFullPath(Path.Combine(directory, relativePath));
        if (!full.StartsWith(directory, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(full, context.RequestAborted).ConfigureAwait(false);
    }

    private static string? ExportDirectory(HttpContext context, PagesRuntime runtime)
    {
        string contentRoot = context.RequestServices.GetService(typeof(IHostEnvironment)) is IHostEnvironment host
            ? host.ContentRootPath
            : AppContext.BaseDirectory;
        string directory = Path.GetFullPath(Path.Combine(contentRoot, runtime.Options.OutputDirectory));
        return Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
    }

    /// <summary>The content type of a file name's extension (<c>rss.xml</c> → <c>text/xml</c>), else <c>application/octet-stream</c>.</summary>
    public static string ContentTypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out string? type) ? type : "application/octet-stream";

    private static string Key(HttpContext context) => context.Request.Path.Value ?? "/";

    private static string ETagOf(byte[] body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToHexStringLower(hash[..16]) + "\"";
    }

    // Headers that belong to one answer, not to the kept page.
    private static bool IsPerRequest(string name) =>
        name.Equals(HeaderNames.SetCookie, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Server, StringComparison.OrdinalIgnoreCase);
}
