using System.IO;

namespace Pages;

/// <summary>
/// Whether an export about to start will most likely render only a few pages, judged before the app runs (for
/// <see cref="ExportProcessTuning"/>, which turns tiered compilation off for a long export: with one page to render,
/// compiling every method optimized costs ≈ 0.3 s more than it saves; docs/performance.md, "The edit loop"). It will
/// when the output folder holds the manifest of an export that ran after the app was last built, and the command is
/// not <c>--clean</c>: a body edit then renders the pages that read that body only. A rebuilt app renders every page.
/// </summary>
internal static class ExportRenderForecast
{
    /// <param name="command">The parsed <c>build</c> command.</param>
    /// <param name="defaultOutputDirectory">The output folder when the command names none (<see cref="PagesOptions.OutputDirectory"/>'s default).</param>
    /// <param name="appAssemblyPath">The app's assembly file (empty under single-file or Native AOT: then this says no).</param>
    /// <returns>Whether few pages will be rendered; <see langword="false"/> when unsure.</returns>
    public static bool RendersFew(StaticExportCommand command, string defaultOutputDirectory, string? appAssemblyPath)
    {
        if (command.Clean || string.IsNullOrEmpty(appAssemblyPath) || !File.Exists(appAssemblyPath))
        {
            return false;
        }

        // Relative to the working folder, as `dotnet run -- build` in the project folder resolves it; a folder set
        // elsewhere (in code or configuration) is not seen here, and the export is tuned as a long one.
        var manifest = new FileInfo(Path.Combine(command.OutputDirectory ?? defaultOutputDirectory, ExportManifest.FileName));
        return manifest.Exists && manifest.LastWriteTimeUtc > File.GetLastWriteTimeUtc(appAssemblyPath);
    }
}
