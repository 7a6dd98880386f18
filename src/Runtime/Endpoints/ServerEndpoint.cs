using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Pages;

/// <summary>
/// Serves one <c>[Endpoint]</c> class: picks the handler for the request method (<c>HEAD</c> by <c>Get</c>,
/// <see cref="EndpointMethods.All"/> for the rest), answers 405 with <c>Allow</c> when there is none, and turns a
/// request body that cannot be read (malformed JSON, too large) into a 4xx instead of a 500.
/// </summary>
internal sealed class ServerEndpoint
{
    private readonly PagesRuntime _runtime;

    public ServerEndpoint(EndpointRegistration route, PagesRuntime runtime)
    {
        Route = route;
        _runtime = runtime;
    }

    public EndpointRegistration Route { get; }

    /// <summary>The endpoint's request delegate.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        EndpointHandler? handler = Route.Methods.For(context.Request.Method);
        if (handler is null)
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers[HeaderNames.Allow] = Route.Methods.Allow();
            return;
        }

        // A prerendered endpoint's exported file (dist/rss.xml) answers GET and HEAD when it exists.
        if (Route.Prerender && _runtime.Prerendered.Applies(context, _runtime)
            && await _runtime.Prerendered.TryServeEndpointFileAsync(context, _runtime).ConfigureAwait(false))
        {
            return;
        }

        // A prerendered dynamic endpoint answers only its static paths (docs/routing.md); others get a bare 404 (no HTML for an API).
        StaticPath? staticPath = null;
        if (Route.Prerender && Route.StaticPathTable is StaticPathTable table)
        {
            staticPath = _runtime.RequestHooks.StaticPathOf(context)
                ?? await table.FindAsync(context.Request.RouteValues).ConfigureAwait(false);
            if (staticPath is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        IResult result;
        try
        {
            result = await handler(new EndpointContext(context, _runtime.Site, staticPath)).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The body could not be read (malformed, too large, cut off): the client's fault, not the server's.
            EndpointLog.BadRequest(_runtime.Logger, Route.SourceFile, exception);
            context.Response.StatusCode = exception.StatusCode;
            return;
        }
        catch (JsonException exception) when (!context.Response.HasStarted)
        {
            // Request.ReadFromJsonAsync(typeInfo) of a malformed body.
            EndpointLog.BadRequest(_runtime.Logger, Route.SourceFile, exception);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        catch (Exception exception) when (ReportFailed(context, exception))
        {
            // Never reached: the filter only reports the exception to the request hooks, so the export names it
            // even when an exception handler turns it into a 500 page.
            throw;
        }

        if (Route.Prerender && _runtime.Prerendered.Applies(context, _runtime))
        {
            await ExecuteAndKeepAsync(result, context).ConfigureAwait(false);
            return;
        }

        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// A prerendered endpoint on demand without an exported file: executes its result into memory and keeps a 200
    /// answer (with the headers it set), so later requests get the same bytes with an <c>ETag</c> and no new run,
    /// as a prerendered page does; any other status is sent as it is and not kept.
    /// </summary>
    private async Task ExecuteAndKeepAsync(IResult result, HttpContext context)
    {
        IHttpResponseBodyFeature responseBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var memory = new MemoryResponseBodyFeature();
        context.Features.Set<IHttpResponseBodyFeature>(memory);
        try
        {
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
        finally
        {
            context.Features.Set(responseBody);
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            string defaultContentType = PrerenderedResponses.ContentTypeOf(context.Request.Path.Value ?? "");
            await _runtime.Prerendered.KeepAndWriteAsync(context, memory.WrittenBody, defaultContentType).ConfigureAwait(false);
            return;
        }

        context.Response.ContentLength = memory.WrittenBody.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.BodyWriter.WriteAsync(memory.WrittenBody).ConfigureAwait(false);
        }
    }

    private bool ReportFailed(HttpContext context, Exception exception)
    {
        _runtime.RequestHooks.Failed(context, exception);
        return false;
    }
}
