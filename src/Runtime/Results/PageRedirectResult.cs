using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>A redirect with any of the five redirect statuses (ASP.NET Core's own result has no 303).</summary>
internal sealed class PageRedirectResult : IResult
{
    public PageRedirectResult(string url, int status)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        if (status is not (301 or 302 or 303 or 307 or 308))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A redirect status is 301, 302, 303, 307 or 308.");
        }

        Url = url;
        Status = status;
    }

    public string Url { get; }

    public int Status { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.Headers.Location = Url;
        return Task.CompletedTask;
    }
}
