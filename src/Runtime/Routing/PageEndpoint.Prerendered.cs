using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Pages;

// Prerendered pages on demand, and form posts.
internal sealed partial class PageEndpoint
{
    /// <summary>
    /// A prerendered page on demand: its exported file or the answer kept from its first render; else renders it
    /// into memory, and keeps the answer when it is a 200 with HTML (a redirect or 404 renders per request).
    /// </summary>
    /// <param name="page">The page for this request (for a dynamic route, with its static path applied).</param>
    /// <param name="context">The request.</param>
    private async Task RenderPrerenderedAsync(Page page, HttpContext context)
    {
        PrerenderedResponses prerendered = _runtime.Prerendered;
        if (await prerendered.TryServePageAsync(context, _runtime).ConfigureAwait(false))
        {
            return;
        }

        page.Attach(context, _runtime);
        context.Response.ContentType = PagesDefaults.HtmlContentType;
        using MemoryPipeWriter? memory = await RenderToMemoryAsync(page, context).ConfigureAwait(false);
        if (memory is null)
        {
            return;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            await WriteWholeAsync(context, memory).ConfigureAwait(false);
            return;
        }

        await prerendered.KeepAndWriteAsync(context, memory.WrittenMemory, PagesDefaults.HtmlContentType).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether a request may reach the page: anything but a form POST does; a form POST does when the app does not
    /// use antiforgery, or its token is valid (as the antiforgery middleware found it, or as checked here).
    /// </summary>
    private static async ValueTask<bool> IsValidFormAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            return true;
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is { } checkedByMiddleware)
        {
            return checkedByMiddleware.IsValid;
        }

        return context.RequestServices.GetService(typeof(IAntiforgery)) is not IAntiforgery antiforgery
            || await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false);
    }
}
