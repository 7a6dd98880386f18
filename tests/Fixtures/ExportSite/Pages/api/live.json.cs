using Microsoft.AspNetCore.Http;

namespace ExportSite.Pages.Api;

/// <summary><c>/api/live.json</c>: an on-demand endpoint; the export must not write it.</summary>
[Endpoint]
public static class LiveJson
{
    public const bool Prerender = false;

    public static IResult Get(EndpointContext context) => Results.Text("{\"live\":true}", "application/json");
}
