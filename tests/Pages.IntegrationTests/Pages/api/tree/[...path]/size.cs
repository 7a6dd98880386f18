namespace Pages.IntegrationTests.Pages.Api.Tree;

/// <summary>An endpoint with a rest folder followed by a segment: routed like a page (/api/tree/a/b/size, /api/tree/size).</summary>
[Endpoint]
public static class Size
{
    public const bool Prerender = false;

    public static IResult Get(EndpointContext context) => Results.Text($"size of {context.Params["path"] ?? "(root)"}");
}
