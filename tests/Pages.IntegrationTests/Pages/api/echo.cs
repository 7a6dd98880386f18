namespace Pages.IntegrationTests.Pages.Api;

/// <summary>Answers every method with its name and the request's locals, cookies and URL.</summary>
[Endpoint]
public static class Echo
{
    public const bool Prerender = false;

    public static IResult All(EndpointContext context) =>
        Results.Text($"{context.Request.Method} {context.Url.PathAndQuery} user={context.Locals["user"]} cookie={context.Cookies.Get("c")?.Value}");
}
