using Microsoft.AspNetCore.Http;

namespace Pages;

// The trailing-slash policy on demand (PagesTrailingSlash / PagesOptions.TrailingSlash).
internal sealed partial class PageEndpoint
{
    /// <summary>
    /// Under <see cref="TrailingSlash.Always"/> a GET or HEAD of <c>/about</c> is redirected (301, query kept) to
    /// <c>/about/</c>; under <see cref="TrailingSlash.Never"/> <c>/about/</c> to <c>/about</c>; under
    /// <see cref="TrailingSlash.Ignore"/> both are served. The root, rewritten requests and requests whose
    /// <see cref="IRequestHooks"/> say so (the export's own) are left alone.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>Whether the request was answered with a redirect.</returns>
    private bool TryRedirectToTrailingSlashForm(HttpContext context)
    {
        TrailingSlash policy = _runtime.TrailingSlash;
        HttpRequest request = context.Request;
        string? path = request.Path.Value;
        if (policy == TrailingSlash.Ignore || !_runtime.RequestHooks.RedirectsToTrailingSlashForm || path is null or "/" || RewriteChain.IsRewritten(context)
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return false;
        }

        bool endsWithSlash = path.EndsWith('/');
        string target;
        if (policy == TrailingSlash.Always && !endsWithSlash)
        {
            target = path + "/";
        }
        else if (policy == TrailingSlash.Never && endsWithSlash)
        {
            target = path.TrimEnd('/');
        }
        else
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = request.PathBase + target + request.QueryString;
        return true;
    }
}
