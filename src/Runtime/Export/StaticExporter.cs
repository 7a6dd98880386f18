using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Pages;

/// <summary>
/// The static export (docs/static-export.md): plans every prerendered route, opens the output folder's manifest (emptying the
/// folder for a full export: the first one, or <c>--clean</c>), copies the web root, renders the routes in parallel
/// through the app's pipeline (bounded by the processor count), writes each answer whose bytes changed (a redirect as
/// a meta-refresh page), adds <c>sitemap.xml</c> when the site is known, deletes what the last export wrote and this
/// one did not, checks the links of the written pages, and prints a summary. Any failure — a page that throws, an
/// unsafe param, an unexpected status, a broken link — fails the export.
/// </summary>
internal sealed partial class StaticExporter
{
    private static readonly Uri DefaultSite = new("http://localhost");

    private readonly ExportPipeline _pipeline;
    private readonly StaticExportCommand _command;
    private readonly ExportConsole _console;
    private readonly AppRouteTable _routes;
    private readonly PagesRuntime _runtime;
    private readonly IWebHostEnvironment _environment;

    public StaticExporter(IServiceProvider services, ExportPipeline pipeline, StaticExportCommand command, ExportConsole console)
    {
        _pipeline = pipeline;
        _command = command;
        _console = console;
        _routes = services.GetRequiredService<AppRouteTable>();
        _runtime = services.GetRequiredService<PagesRuntime>();
        _environment = services.GetRequiredService<IWebHostEnvironment>();
    }

    /// <summary>Runs the export; <see langword="false"/> when anything failed (the failures are on the error writer).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        PinCulture(_runtime.Options.Culture);

        string folder;
        List<ExportJob> jobs;
        try
        {
            folder = ExportOutputFolder.Resolve(_command.OutputDirectory, _runtime.Options.OutputDirectory, _environment.ContentRootPath, _environment.WebRootPath);
            jobs = await ExportPlanner.PlanAsync(_routes, _runtime).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            await _console.Error.WriteLineAsync($"Export failed: {exception.Message}").ConfigureAwait(false);
            return false;
        }

        ExportManifest manifest = ExportManifest.Open(folder, _command.Clean, ExportBuildIdentity.Compute(_environment, _runtime.Options));
        (int assetFiles, long assetBytes) = await WebRootCopier.CopyAsync(_environment.WebRootFileProvider, folder, manifest, cancellationToken).ConfigureAwait(false);
        if (manifest.FullExportReason is string why)
        {
            await _console.Out.WriteLineAsync($"Exporting every file again, the folder emptied first: {why}.").ConfigureAwait(false);
        }

        await _console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Exporting {jobs.Count} files to {folder}{(manifest.IsIncremental ? " (incremental: only changed files are written)" : "")}")).ConfigureAwait(false);

        ExportLinkChecker? links = _command.CheckLinks
            ? new ExportLinkChecker(folder, _routes.Routes.Where(route => !route.Prerender).Select(route => route.Pattern))
            : null;
        var run = new Run(this, jobs, folder, manifest, links);
        bool succeeded = await run.RenderAllAsync(cancellationToken).ConfigureAwait(false);
        if (!succeeded)
        {
            // What was written is on disk: the next export must know which of the folder's files are its own.
            manifest.Save(complete: false);
            foreach (string failure in run.Failures)
            {
                await _console.Error.WriteLineAsync($"Export failed: {failure}").ConfigureAwait(false);
            }

            if (run.Failures.IsEmpty)
            {
                await _console.Error.WriteLineAsync("Export cancelled.").ConfigureAwait(false);
            }

            return false;
        }

        (int sitemapFiles, long sitemapBytes) = await WriteSitemapAsync(jobs, run.SitemapPaths, folder, manifest, cancellationToken).ConfigureAwait(false);
        manifest.RemoveStale();
        manifest.Save(complete: true);
        int files = run.Files + assetFiles + sitemapFiles;
        long bytes = run.Bytes + assetBytes + sitemapBytes;
        await _console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Exported {run.Pages} pages: {files} files ({run.Files - run.Kept} rendered, {(manifest.IsIncremental ? $"{run.Kept} kept unrendered (inputs unchanged), " : "")}{assetFiles} copied from wwwroot{(sitemapFiles > 0 ? ", sitemap.xml" : "")}; {manifest.Written} written, {manifest.Unchanged} unchanged, {manifest.Removed} removed), {bytes:N0} bytes in {stopwatch.Elapsed.TotalSeconds:F2} s → {folder}")).ConfigureAwait(false);
        return links is null || await CheckLinksAsync(links, manifest.Files, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The link check of the written pages; every broken link is listed with its page.</summary>
    private async Task<bool> CheckLinksAsync(ExportLinkChecker checker, IEnumerable<string> exported, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        (List<BrokenLink> broken, int links, int pages) = await checker.CheckAsync(exported, cancellationToken).ConfigureAwait(false);
        string checkedLinks = string.Create(
            CultureInfo.InvariantCulture,
            $"{links:N0} links in {pages:N0} HTML files in {stopwatch.Elapsed.TotalSeconds:F2} s, after {checker.ScanTime.TotalSeconds:F2} s of reading pages as they were written");
        if (broken.Count == 0)
        {
            await _console.Out.WriteLineAsync($"Checked {checkedLinks}: none broken.").ConfigureAwait(false);
            return true;
        }

        await _console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Export failed: {broken.Count} broken link{(broken.Count == 1 ? "" : "s")} (checked {checkedLinks}; {StaticExportCommand.NoCheckLinks} skips the check):")).ConfigureAwait(false);
        foreach (BrokenLink link in broken)
        {
            await _console.Error.WriteLineAsync($"  {link}").ConfigureAwait(false);
        }

        return false;
    }

    // Exported bytes must not depend on the build machine: every render of the export runs in this culture.
    private static void PinCulture(CultureInfo culture)
    {
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    private async Task<(int Files, long Bytes)> WriteSitemapAsync(List<ExportJob> jobs, string?[] sitemapPaths, string folder, ExportManifest manifest, CancellationToken cancellationToken)
    {
        // The app's own prerendered sitemap.xml wins over ours.
        if (_runtime.Site is not Uri site || jobs.Exists(job => string.Equals(job.File, "sitemap.xml", StringComparison.OrdinalIgnoreCase)))
        {
            return (0, 0);
        }

        var paths = new List<string>();
        foreach (string? path in sitemapPaths)
        {
            if (path is not null)
            {
                paths.Add(path);
            }
        }

        byte[] sitemap = SitemapWriter.Render(site, paths);
        await manifest.WriteAsync("sitemap.xml", Path.Combine(folder, "sitemap.xml"), sitemap, ExportedPage.None, cancellationToken).ConfigureAwait(false);
        return (1, sitemap.Length);
    }
}
