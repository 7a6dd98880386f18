using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Pages;

/// <summary>
/// Runs the static export in a child process tuned for a short, CPU-bound job: tiered PGO off (its instrumented code
/// costs more than it gains in a run of a few seconds), the configuration reload watcher off (it would watch the
/// content root while the export writes thousands of files into it), and for a large site tiered compilation off too.
/// None can change once a process runs. The first process hands off before the app's <c>Main</c> (see
/// <see cref="HandOffBuildCommand"/>), so it costs only the runtime's start, ≈ 0.04 s of CPU; at 4,000 Markdown posts
/// the tuned child takes half the time and CPU of one process with the defaults (docs/performance.md, "The child process").
/// A small site exports in the first process: below <see cref="ChildProcessContentFiles"/> content files a second
/// process start costs more than the tuning saves. Native AOT has no JIT to tune; a user who sets
/// <c>DOTNET_TieredPGO</c> or <c>PAGES_EXPORT_TUNED</c> keeps the export in the first process.
/// </summary>
internal static class ExportProcessTuning
{
    /// <summary>Set in the child (and honoured when a user sets it): export in this process.</summary>
    public const string MarkerVariable = "PAGES_EXPORT_TUNED";

    /// <summary>
    /// From this many embedded content files on, the child also runs with tiered compilation off: every method is
    /// compiled optimized once, instead of running unoptimized until the background JIT catches up. Quiet machine,
    /// 2 cores, wall time, Pages and Markdig as IL: 4,000 posts 1.77 → 1.47 s, 2,000 posts 1.13 → 1.05 s, 1,000 posts
    /// 0.78 → 0.84 s, a 20-file site 0.2 s slower (docs/performance.md, "The child process"). With their ReadyToRun
    /// images (precompiled in the package, copied to bin/ by Pages.ReadyToRun.targets) there is far less to compile
    /// at start, and at 1,000 posts tiered compilation off won in four alternated batches (load 3.5–11): 0.93 against
    /// 0.99× Hugo's wall time in the last two, less CPU in all (docs/performance.md, "Export start-up at 1,000 posts").
    /// </summary>
    internal const int OptimizedJitContentFiles = 1000;

    /// <summary>
    /// From this many content files on, the export runs in the tuned child; below, in the first process with .NET's
    /// defaults. Alternated, wall time of the whole command, child against one process (2 cores, load ≈ 10, with
    /// ReadyToRun images in bin/): 200 posts 0.91 against 0.72 s, 500 posts 1.59 against 1.26 s (the
    /// same CPU), 1,000 posts 1.30 against 1.48 s (1.08 against 1.40 s of CPU): between the two measured sizes
    /// (docs/performance.md, "Export start-up at 1,000 posts"). <see cref="ChildFromVariable"/> overrides it.
    /// </summary>
    internal const int ChildProcessContentFiles = 750;

    /// <summary>A number of content files that replaces <see cref="ChildProcessContentFiles"/> (0: always the child).</summary>
    public const string ChildFromVariable = "PAGES_EXPORT_CHILD_FROM";

    // The host's configuration reload watcher, which the export turns off (see TurnOffConfigurationWatcher).
    private const string ReloadConfigVariable = "DOTNET_hostBuilder__reloadConfigOnChange";

    private static int _handedOff;

    /// <summary>
    /// Under the <c>build</c> command, runs the export in the tuned child and exits with its exit code; otherwise (a
    /// server, the child itself, Native AOT) returns at once. Called as early as the runtime gets control: the app's
    /// generated module initializer registers its manifest (<see cref="PagesRegistry.Add"/>) before <c>Main</c> runs,
    /// so this process only starts the runtime, not the app's host, configuration and its file watcher, which would
    /// otherwise sit on the content root while the child writes thousands of files into it (measured: ≈ 0.7 s of
    /// CPU at 4,000 posts, docs/performance.md). <c>AddPages()</c> calls it too, for an app without a manifest; only the
    /// first call does anything.
    /// </summary>
    public static void HandOffBuildCommand()
    {
        if (Interlocked.Exchange(ref _handedOff, 1) != 0 || !StaticExportCommand.TryParse(Environment.GetCommandLineArgs(), out _))
        {
            return;
        }

        if (TryRunInTunedProcess(out int exitCode))
        {
            Environment.Exit(exitCode);
        }

        TurnOffConfigurationWatcher(Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);

        // The tuned child exports a large site: while this thread starts the app's host, a second core warms the code
        // its pages run (docs/performance.md, "The export's first pages").
        if (Environment.GetEnvironmentVariable(MarkerVariable) is not null)
        {
            ExportWarmUp.Start();
        }
    }

    /// <summary>
    /// When the export runs in this process, sets what the child gets from its environment and this process can still
    /// set before <c>Main</c> builds the host: no configuration reload watcher (<c>DOTNET_hostBuilder__reloadConfigOnChange</c>,
    /// read by <c>WebApplication.CreateBuilder</c> from this process's environment). An export reads its configuration
    /// once; the watcher would add an inotify watch for every folder of the content root, <c>dist/</c>'s thousands
    /// included (≈ 0.07 s of the edit loop's 0.5 s export at 4,000 posts, docs/performance.md, "The edit loop's export process").
    /// A user's own setting of it, under either prefix, is kept.
    /// </summary>
    internal static void TurnOffConfigurationWatcher(Func<string, string?> environment, Action<string, string> set)
    {
        if (environment(ReloadConfigVariable) is null && environment("ASPNETCORE_hostBuilder__reloadConfigOnChange") is null)
        {
            set(ReloadConfigVariable, "false");
        }
    }

    /// <summary>Starts the tuned child when this process should not export itself.</summary>
    /// <param name="exitCode">The child's exit code, when it ran.</param>
    /// <returns>Whether the export ran in a child process.</returns>
    public static bool TryRunInTunedProcess(out int exitCode)
    {
        exitCode = 0;
        string? processPath = Environment.ProcessPath;
        string[] commandLine = Environment.GetCommandLineArgs();
        // RuntimeFeature.IsDynamicCodeSupported is false in any app with PublishAot=true, even when it runs on the JIT;
        // the JIT's own count tells whether there is one (zero under Native AOT).
        bool hasJit = JitInfo.GetCompiledMethodCount() > 0;
        Func<string, string?> environment = Environment.GetEnvironmentVariable;

        // The site's size last: the child itself, Native AOT or a user's own settings need not look at the files.
        if (!RunsInChild(processPath, commandLine, hasJit, environment, contentFiles: int.MaxValue))
        {
            return false;
        }

        int contentFiles = RendersFew() ? 0 : CountContentFiles(Assembly.GetEntryAssembly());
        if (!RunsInChild(processPath, commandLine, hasJit, environment, contentFiles))
        {
            return false;
        }

        exitCode = RunChild(processPath, commandLine, hasJit, environment, contentFiles);
        return true;
    }

    /// <summary>Whether the export runs in the tuned child (see <see cref="CreateStartInfo"/>).</summary>
    internal static bool RunsInChild([NotNullWhen(true)] string? processPath, string[] commandLine, bool hasJit, Func<string, string?> environment, int contentFiles) =>
        processPath is not null && commandLine.Length > 0 && hasJit
        && environment(MarkerVariable) is null && environment("DOTNET_TieredPGO") is null
        && contentFiles >= ChildFrom(environment);

    /// <summary>
    /// The child's command line: the same program and arguments (under <c>dotnet app.dll</c> the host is
    /// <c>dotnet</c> and the app's path comes first; under the app host, the host is the app), with the tuning
    /// variables set; or <see langword="null"/> when this process should export itself. A user's own
    /// <c>DOTNET_TieredCompilation</c> is left as it is.
    /// </summary>
    internal static ProcessStartInfo? CreateStartInfo(
        string? processPath, string[] commandLine, bool hasJit, Func<string, string?> environment, int contentFiles)
    {
        if (!RunsInChild(processPath, commandLine, hasJit, environment, contentFiles))
        {
            return null;
        }

        var start = new ProcessStartInfo(processPath) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(commandLine[0]);
        }

        for (int i = 1; i < commandLine.Length; i++)
        {
            start.ArgumentList.Add(commandLine[i]);
        }

        start.Environment[MarkerVariable] = "1";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment[ReloadConfigVariable] = "false";
        if (contentFiles >= OptimizedJitContentFiles && environment("DOTNET_TieredCompilation") is null)
        {
            start.Environment["DOTNET_TieredCompilation"] = "0";
        }

        return start;
    }

    // Apart, so that an export in this process (the edit loop's) never loads System.Diagnostics.Process.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunChild(string processPath, string[] commandLine, bool hasJit, Func<string, string?> environment, int contentFiles)
    {
        ProcessStartInfo start = CreateStartInfo(processPath, commandLine, hasJit, environment, contentFiles)!;
        using Process child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{start.FileName}' for the export.");
        child.WaitForExit();
        return child.ExitCode;
    }

    // An incremental export after a body edit renders a page or two: counted as no content, so it runs in this process
    // with .NET's defaults whatever the site's size (one process start, no tier-1 compile of every method: the fastest
    // of the variants measured in docs/performance.md, "The edit loop").
    private static bool RendersFew() =>
        StaticExportCommand.TryParse(Environment.GetCommandLineArgs(), out StaticExportCommand? command)
        && Assembly.GetEntryAssembly()?.GetName().Name is string app
        && ExportRenderForecast.RendersFew(command, PagesOptions.DefaultOutputDirectory, Path.Combine(AppContext.BaseDirectory, app + ".dll"));

    private static int ChildFrom(Func<string, string?> environment)
        => int.TryParse(environment(ChildFromVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int files) ? files : ChildProcessContentFiles;

    // The app's content files: its embedded Markdown and data files (the package's targets name them Pages.Content/...),
    // or, when its build embedded none (an app's `dotnet build` reads them from the project, docs/content.md), the .md
    // files in the folder the build recorded. A measure of how long the export will run, taken before any of the app's
    // code runs: a metadata read, or one directory walk (≈ 10 ms at 4,000 files).
    private static int CountContentFiles(Assembly? app)
    {
        int count = 0;
        foreach (string name in app?.GetManifestResourceNames() ?? [])
        {
            if (name.StartsWith(ContentSourceFiles.ResourcePrefix, StringComparison.Ordinal))
            {
                count++;
            }
        }

        if (count == 0 && app is not null && ContentSourceFiles.NotEmbedded(app) is { } folder && Directory.Exists(folder))
        {
            foreach (string _ in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
            {
                count++;
            }
        }

        return count;
    }
}
