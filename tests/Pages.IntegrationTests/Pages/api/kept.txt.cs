namespace Pages.IntegrationTests.Pages.Api;

/// <summary>A prerendered endpoint with no exported file: run once on demand and kept, with the headers it set.</summary>
[Endpoint]
public static class KeptTxt
{
    public const bool Prerender = true;

    public static IResult Get(EndpointContext context)
    {
        int run = RenderCounter.Next("kept.txt");
        context.HttpContext.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text($"run {run}");
    }
}
