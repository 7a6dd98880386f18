using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>
/// Serves one page: creates it, renders it into the response, and applies the error rules of docs/routing.md.
/// </summary>
internal sealed partial class PageEndpoint
{
    private readonly PagesRuntime _runtime;

    public PageEndpoint(PageRegistration route, PagesRuntime runtime)
    {
        Route = route;
        _runtime = runtime;
    }

    public PageRegistration Route { get; }

    /// <summary>The endpoint's request delegate.</summary>
    public Task HandleAsync(HttpContext context)
    {
        if (!PageMethods.Allows(Route, context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = PageMethods.AllowHeader(Route);
            return Task.CompletedTask;
        }

        return HandleAsync(context, Route.StatusCode);
    }

    /// <summary>Renders the page with an optional forced status (404 for the 404 page).</summary>
    public async Task HandleAsync(HttpContext context, int? statusCode)
    {
        try
        {
            if (statusCode is null && Route.Antiforgery && !await IsValidFormAsync(context).ConfigureAwait(false))
            {
                // The antiforgery middleware found no valid token in a form POST.
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            if (statusCode is int status)
            {
                context.Response.StatusCode = status;
            }
            else if (TryRedirectToTrailingSlashForm(context))
            {
                return;
            }

            Page? page = await CreatePageAsync(context).ConfigureAwait(false);
            if (page is null)
            {
                await _runtime.WriteNotFoundAsync(context).ConfigureAwait(false);
                return;
            }

            if (statusCode is null && Route.Prerender && _runtime.Prerendered.Applies(context, _runtime))
            {
                await RenderPrerenderedAsync(page, context).ConfigureAwait(false);
                return;
            }

            await RenderAsync(page, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            _runtime.RequestHooks.Failed(context, exception);

            // Nothing reached the client: answer with the 500 page, unless the developer exception page
            // (Development) or the app's own exception handler (no 500 page) should see the exception.
            PageEndpoint? errorPage = _runtime.ServerErrorPage;
            if (_runtime.IsDevelopment || errorPage is null)
            {
                throw;
            }

            PagesLog.RenderFailed(_runtime.Logger, Route.SourceFile, exception);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await errorPage.RenderAsync(errorPage.Route.Factory(), context).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _runtime.RequestHooks.Failed(context, exception);

            // The status and part of the body are gone: abort, so the client sees a broken response,
            // never a clean, truncated 200.
            PagesLog.StreamFailed(_runtime.Logger, Route.SourceFile, exception);
            context.Abort();
        }
    }

    private async Task RenderAsync(Page page, HttpContext context)
    {
        page.Attach(context, _runtime);
        HttpResponse response = context.Response;
        response.ContentType = PagesDefaults.HtmlContentType;
        if (Route.Buffer ?? _runtime.Options.Buffer)
        {
            await RenderBufferedAsync(page, context).ConfigureAwait(false);
            return;
        }

        // A writer per render, reused across requests on a thread (a page that throws drops its writer).
        HtmlWriter writer = HtmlWriter.Rent(response.BodyWriter, _runtime.Encoder);
        IResult? result = await page.RenderAndCommitAsync(writer).ConfigureAwait(false);
        HtmlWriter.Return(writer);
        if (result is not null)
        {
            await ExecuteResultAsync(result, context).ConfigureAwait(false);
            return;
        }

        // The last bytes are committed but not flushed. Kestrel would send them when the request ends, but a
        // middleware that wrapped the body (output caching, response compression, dotnet watch's browser refresh:
        // a StreamResponseBodyFeature) gets them only from a flush or completion, and would cache, send or lose an
        // empty body. Completing does both and, on Kestrel, sends the rest with the final chunk in one write.
        await response.CompleteAsync().ConfigureAwait(false);
    }

    private async Task RenderBufferedAsync(Page page, HttpContext context)
    {
        using MemoryPipeWriter? memory = await RenderToMemoryAsync(page, context).ConfigureAwait(false);
        if (memory is not null)
        {
            await WriteWholeAsync(context, memory).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Renders the whole page into memory (a buffered or prerendered page); when its frontmatter returned a result,
    /// executes that instead and returns <see langword="null"/>.
    /// </summary>
    private async Task<MemoryPipeWriter?> RenderToMemoryAsync(Page page, HttpContext context)
    {
        var memory = new MemoryPipeWriter();
        IResult? result;
        try
        {
            result = await page.RenderAndCommitAsync(new HtmlWriter(memory, _runtime.Encoder)).ConfigureAwait(false);
        }
        catch
        {
            memory.Dispose();
            throw;
        }

        if (result is null)
        {
            return memory;
        }

        memory.Dispose();
        await ExecuteResultAsync(result, context).ConfigureAwait(false);
        return null;
    }

    /// <summary>Sends a page rendered into memory, with its <c>Content-Length</c>.</summary>
    private static async Task WriteWholeAsync(HttpContext context, MemoryPipeWriter memory)
    {
        context.Response.ContentLength = memory.WrittenCount;
        await context.Response.BodyWriter.WriteAsync(memory.WrittenMemory).ConfigureAwait(false);
    }

    private static Task ExecuteResultAsync(IResult result, HttpContext context)
    {
        if (context.Response.HasStarted)
        {
            throw new InvalidOperationException(
                "The page returned a result after its response had started streaming; return results from the frontmatter, before the template.");
        }

        // The result decides its own content type (a redirect has none; the 404 page sets HTML again).
        context.Response.Headers.ContentType = default;
        return result.ExecuteAsync(context);
    }
}
