using Microsoft.AspNetCore.Http;

namespace ExportSite.Pages.Api;

/// <summary><c>/api/submit</c>: prerendered by default but with no <c>Get</c>, so the export has nothing to write.</summary>
[Endpoint]
public static class Submit
{
    public static IResult Post(EndpointContext context) => Results.NoContent();
}
