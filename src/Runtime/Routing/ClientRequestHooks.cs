using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>The request hooks of a client's request (every request but the export's): the on-demand rules apply, as they are.</summary>
internal sealed class ClientRequestHooks : IRequestHooks
{
    public static readonly ClientRequestHooks Instance = new();

    private ClientRequestHooks()
    {
    }

    public bool RedirectsToTrailingSlashForm => true;

    public bool ServesPrerenderedAnswers => true;

    public StaticPath? StaticPathOf(HttpContext context) => null;

    public void Rewritten(HttpContext context)
    {
    }

    public void Failed(HttpContext context, Exception exception)
    {
    }
}
