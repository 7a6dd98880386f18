namespace Pages.Tests;

/// <summary>
/// Whether the export process is tuned as a short one: when the output folder holds a manifest newer than the app's
/// assembly (an incremental export of an app not rebuilt since: few pages to render), unless <c>--clean</c>.
/// </summary>
public sealed class ExportRenderForecastTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pages-forecast-");

    [Fact]
    public void A_manifest_newer_than_the_app_means_few_renders_unless_clean()
    {
        string app = Write("Site.dll", DateTime.UtcNow.AddMinutes(-10));
        Write(Path.Combine("dist", ExportManifest.FileName), DateTime.UtcNow.AddMinutes(-5));
        string dist = Path.Combine(_root.FullName, "dist");

        Assert.True(ExportRenderForecast.RendersFew(new StaticExportCommand(dist), "unused", app));
        Assert.False(ExportRenderForecast.RendersFew(new StaticExportCommand(dist, Clean: true), "unused", app));
        Assert.True(ExportRenderForecast.RendersFew(new StaticExportCommand(null), dist, app));
    }

    [Fact]
    public void A_rebuilt_app_or_no_manifest_means_every_page()
    {
        string app = Write("Site.dll", DateTime.UtcNow);
        Write(Path.Combine("dist", ExportManifest.FileName), DateTime.UtcNow.AddMinutes(-5));

        Assert.False(ExportRenderForecast.RendersFew(new StaticExportCommand(Path.Combine(_root.FullName, "dist")), "unused", app));
        Assert.False(ExportRenderForecast.RendersFew(new StaticExportCommand(Path.Combine(_root.FullName, "elsewhere")), "unused", app));
        Assert.False(ExportRenderForecast.RendersFew(new StaticExportCommand(Path.Combine(_root.FullName, "dist")), "unused", ""));
    }

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string file, DateTime time)
    {
        string path = Path.Combine(_root.FullName, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, time);
        return path;
    }
}
