using Microsoft.AspNetCore.Http;

namespace ExportSite.Pages.Api;

/// <summary><c>/api/{name}.json</c>: a prerendered dynamic endpoint, written once per static path with that path's props.</summary>
[Endpoint]
public static class NamedJson
{
    public sealed record Props(int Count);

    public static IEnumerable<StaticPath<Props>> GetStaticPaths() =>
    [
        new StaticPath<Props>(new() { ["name"] = "alpha" }, new Props(1)),
        new StaticPath<Props>(new() { ["name"] = "beta" }, new Props(2)),
    ];

    public static IResult Get(EndpointContext context) =>
        Results.Text($"{{\"name\":\"{context.Params["name"]}\",\"count\":{context.GetProps<Props>().Count}}}\n", "application/json");
}
