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

    private static async Task<ExportRun> StartAsync(string directory, string dll, (string Name, string Value)[] environment, string[] arguments)
    {
        string output = Path.Combine(Path.GetTempPath(), "pages-export-" + Guid.NewGuid().ToString("N"));
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

    /// <summary>Every file written, relative to the output folder with <c>/</c>, sorted ordinally.</summary>
    public string[] Files() => Directory.Exists(Output)
        ? Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray()
        : [];

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
