namespace FleetSite.Pages.Api;

/// <summary><c>/api/pages.json</c>: the prerendered routes, written to <c>dist/</c> at export (nginx serves it as JSON).</summary>
[Endpoint]
public static class PagesJson
{
    public static IResult Get(EndpointContext context) =>
        Results.Text("""{"pages":["/","/about"]}""", "application/json");
}
