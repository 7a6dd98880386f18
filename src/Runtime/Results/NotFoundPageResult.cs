using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pages;

/// <summary>A page's <c>NotFound()</c>: status 404 with the app's 404 page body, or an empty body when it has none.</summary>
internal sealed class NotFoundPageResult : IResult
{
    public static readonly NotFoundPageResult Instance = new();

    private NotFoundPageResult()
    {
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        PagesRuntime? runtime = httpContext.RequestServices?.GetService<PagesRuntime>();
        if (runtime is null)
        {
            httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return runtime.WriteNotFoundAsync(httpContext);
    }
}
