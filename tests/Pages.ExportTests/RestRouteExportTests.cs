namespace Pages.ExportTests;

/// <summary>
/// A rest folder followed by more segments (<c>shelf/[lang]/[...path]/print.page</c>) in the static export: each
/// static path is requested through the app's routing and written where its URL says, a value with slashes as nested
/// folders, an empty value without its segment (docs/routing.md#rest-parameters).
/// </summary>
public class RestRouteExportTests
{
    [Fact]
    public async Task Rest_folder_route_exports_each_static_path_at_its_url()
    {
        using ExportRun run = await ExportRun.StartAsync(("Fixture__Routing", "on"), ("Fixture__Format", "directory"));
        Assert.True(run.ExitCode == 0, run.ToString());

        Assert.Equal(
            ["shelf/en/guide/intro/print/index.html", "shelf/fr/print/index.html"],
            run.Files().Where(file => file.StartsWith("shelf/", StringComparison.Ordinal)));
        Assert.Equal("<h1>print en guide/intro</h1>\n", run.Read("shelf/en/guide/intro/print/index.html"));
        Assert.Equal("<h1>print fr (all)</h1>\n", run.Read("shelf/fr/print/index.html"));
    }
}
