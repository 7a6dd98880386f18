namespace Pages.IntegrationTests.Pages.Api.Feeds;

/// <summary>A prerendered dynamic endpoint: answers only its static paths, each with its props.</summary>
[Endpoint]
public static class FeedXml
{
    public const bool Prerender = true;

    public sealed record Props(string Title);

    public static IEnumerable<StaticPath<Props>> GetStaticPaths() =>
    [
        new StaticPath<Props>(new() { ["name"] = "news" }, new Props("News")),
        new StaticPath<Props>(new() { ["name"] = "releases" }, new Props("Releases")),
    ];

    public static IResult Get(EndpointContext context) =>
        Results.Text($"<feed><title>{context.GetProps<Props>().Title}</title><name>{context.StaticPath!.Params["name"]}</name></feed>", "application/atom+xml");
}
