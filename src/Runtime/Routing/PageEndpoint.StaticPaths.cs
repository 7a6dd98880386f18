using Microsoft.AspNetCore.Http;

namespace Pages;

// A prerendered dynamic route answers only the paths its GetStaticPaths() returned (docs/routing.md).
internal sealed partial class PageEndpoint
{
    /// <summary>
    /// Creates the page for this request; for a prerendered route with <c>GetStaticPaths()</c>, gives it the
    /// static path the request's params name (and so its props), or returns <see langword="null"/> (404) when
    /// the params are not among the static paths.
    /// </summary>
    private async ValueTask<Page?> CreatePageAsync(HttpContext context)
    {
        StaticPathTable? table = Route.StaticPathTable;
        if (table is null || !Route.Prerender)
        {
            return Route.Factory();
        }

        StaticPath? path = _runtime.RequestHooks.StaticPathOf(context)
            ?? await table.FindAsync(context.Request.RouteValues).ConfigureAwait(false);
        if (path is null)
        {
            return null;
        }

        Page page = Route.Factory();
        try
        {
            page.ApplyStaticPath(path);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException($"{Route.SourceFile}: {exception.Message}", exception);
        }

        return page;
    }
}
