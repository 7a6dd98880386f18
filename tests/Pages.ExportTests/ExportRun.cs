using System.Diagnostics;
using System.Reflection;

namespace Pages.ExportTests;

/// <summary>One run of <c>dotnet ExportSite.dll build --out &lt;temp&gt;</c>: exit code, output, and the folder written.</summary>
public sealed class ExportRun : IDisposable
{
    private static readonly string SiteDirectory = Metadata("ExportSiteDirectory");

    /// <summary>The <c>samples/Site</c> project folder: the content root, as under <c>dotnet run</c>.</summary>
    public static readonly string SampleProjectDirectory = Metadata("SampleSiteProjectDirectory");

    /// <summary>The built <c>samples/Site</c> app.</summary>
    public static readonly string SampleDll = Metadata("SampleSiteDll");

    private ExportRun(string output, int exitCode, string stdout, string stderr)
    {
        Output = output;
        ExitCode = exitCode;
        StandardOutput = stdout;
        StandardError = stderr;
    }

    public string Output { get; }

    public int ExitCode { get; }

    public string StandardOutput { get; }

    public string StandardError { get; }

    /// <summary>Runs the fixture's export with the given environment variables (EXPORT_FIXTURE_*, Fixture__*).</summary>
    public static Task<ExportRun> StartAsync(params (string Name, string Value)[] environment) =>
        StartAsync(SiteDirectory, Path.Combine(SiteDirectory, "ExportSite.dll"), environment);

    /// <summary>Runs the fixture's export with extra arguments after <c>build --out &lt;temp&gt;</c> (such as <c>--no-check-links</c>).</summary>
    public static Task<ExportRun> StartAsync(string[] arguments, params (string Name, string Value)[] environment) =>
        StartAsync(SiteDirectory, Path.Combine(SiteDirectory, "ExportSite.dll"), environment, arguments);

    /// <summary>Runs <c>dotnet &lt;dll&gt; build --out &lt;temp&gt;</c> in <paramref name="directory"/> (the app's content root).</summary>
    public static Task<ExportRun> StartAsync(string directory, string dll, params (string Name, string Value)[] environment) =>
        StartAsync(directory, dll, environment, []);

    /// <summary>
    /// Runs the fixture's export into <paramref name="output"/>, which may hold an earlier export (the incremental
    /// export's tests); disposing the run deletes that folder.
    /// </summary>
    public static Task<ExportRun> StartInAsync(string output, string[] arguments, params (string Name, string Value)[] environment) =>
        StartAsync(SiteDirectory, Path.Combine(SiteDirectory, "ExportSite.dll"), environment, arguments, output);

    /// <summary>A new, unused output folder path under the temp folder.</summary>
    public static string NewOutputFolder() => Path.Combine(Path.GetTempPath(), "pages-export-" + Guid.NewGuid().ToString("N"));

    private static async Task<ExportRun> StartAsync(string directory, string dll, (string Name, string Value)[] environment, string[] arguments, string? output = null)
    {
        output ??= NewOutputFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("build");
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(output);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("CI");
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ExportRun(output, process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The incremental export's manifest, which <see cref="Files"/> leaves out (it is not part of the site).</summary>
    public const string ManifestFile = ".pages-manifest";

    /// <summary>Every file of the exported site, relative to the output folder with <c>/</c>, sorted ordinally (not the manifest).</summary>
    public string[] Files() => Directory.Exists(Output)
        ? Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != ManifestFile)
            .Order(StringComparer.Ordinal)
            .ToArray()
        : [];

    /// <summary>Each file of <see cref="Files"/> with its last write time: what a later export rewrote changes it.</summary>
    public Dictionary<string, DateTime> WriteTimes() =>
        Files().ToDictionary(file => file, file => File.GetLastWriteTimeUtc(Path.Combine(Output, file)), StringComparer.Ordinal);

    public string Read(string file) => File.ReadAllText(Path.Combine(Output, file));

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";

    private static string Metadata(string key) => typeof(ExportRun).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
