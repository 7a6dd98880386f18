using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pages;

/// <summary>
/// A page's <c>Rewrite("/other")</c> (Astro's <c>Astro.rewrite</c>): the route that matches <c>/other</c> answers this
/// same request, with no redirect, so the client keeps its URL. A rewrite back to a path the request already went
/// through answers 508 Loop Detected.
/// </summary>
internal sealed class RewriteResult : IResult
{
    public RewriteResult(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Rewrite() takes a path of this site that starts with one '/' (\"/other\", \"/blog/hello?x=1\"); got \"{path}\".", nameof(path));
        }

        int query = path.IndexOf('?');
        Path = query < 0 ? path : path[..query];
        Query = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
    }

    /// <summary>The decoded path of the target route.</summary>
    public string Path { get; }

    /// <summary>The query string the target sees (the original request's when the path has none).</summary>
    public QueryString Query { get; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        HttpRequest request = httpContext.Request;
        RewriteChain chain = RewriteChain.Of(httpContext);
        if (!chain.TryAdd(request.Path.Value ?? "/", Path))
        {
            httpContext.Response.StatusCode = StatusCodes.Status508LoopDetected;
            httpContext.Response.ContentType = "text/plain; charset=utf-8";
            await httpContext.Response.WriteAsync(
                $"508 Loop Detected: the rewrites of this request go round in a loop ({chain.Describe(Path)}).\n").ConfigureAwait(false);
            return;
        }

        request.Path = Path;
        if (Query.HasValue)
        {
            request.QueryString = Query;
        }

        RewriteMatcher matcher = httpContext.RequestServices.GetRequiredService<RewriteMatcher>();
        if (matcher.Match(request.Path, request.Method) is not (RouteEndpoint endpoint, RouteValueDictionary values))
        {
            await httpContext.RequestServices.GetRequiredService<PagesRuntime>().WriteNotFoundAsync(httpContext).ConfigureAwait(false);
            return;
        }

        // A request whose sender chose the rewriting page's static path (the export's): the target looks up its own.
        httpContext.RequestServices.GetRequiredService<PagesRuntime>().RequestHooks.Rewritten(httpContext);

        request.RouteValues = values;
        httpContext.SetEndpoint(endpoint);
        await endpoint.RequestDelegate!(httpContext).ConfigureAwait(false);
    }
}
