using Microsoft.AspNetCore.Http;

namespace ExportSite.Pages;

/// <summary><c>/rss.xml</c>: a prerendered endpoint (the default under <c>PagesOutput=static</c>), written as <c>rss.xml</c>.</summary>
[Endpoint]
public static class Rss
{
    public static IResult Get(EndpointContext context) =>
        Environment.GetEnvironmentVariable("EXPORT_FIXTURE_ENDPOINT_BOOM") == "1"
            ? throw new InvalidOperationException("endpoint boom from the fixture")
            : Results.Text($"<rss version=\"2.0\"><channel><link>{context.Site}</link></channel></rss>\n", "application/rss+xml");
}
