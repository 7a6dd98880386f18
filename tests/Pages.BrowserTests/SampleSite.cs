using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Pages.BrowserTests;

/// <summary>
/// The sample app (samples/Site, built by this project's reference) as real processes: its static export
/// (<c>dotnet Site.dll build --out &lt;dir&gt;</c>) and the app itself serving on a loopback port.
/// </summary>
public static partial class SampleSite
{
    /// <summary>The project folder: the content root, as under <c>dotnet run</c>.</summary>
    public static readonly string ProjectDirectory = Metadata("SampleSiteProjectDirectory");

    private static readonly string Dll = Metadata("SampleSiteDll");

    /// <summary>Exports the site into <paramref name="output"/>; fails the test with the tool's output when it fails.</summary>
    public static async Task ExportAsync(string output)
    {
        using Process process = Start("build", "--out", output);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"the export failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }

    /// <summary>Starts the app on a free loopback port; returns the process and the address it reported.</summary>
    public static async Task<(Process Process, Uri Address)> ServeAsync()
    {
        Process process = Start("--urls", "http://127.0.0.1:0");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is string line)
        {
            Match listening = ListeningLine().Match(line);
            if (listening.Success)
            {
                // Keep draining stdout so the app never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return (process, new Uri(listening.Groups[1].Value));
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"the sample app exited ({process.ExitCode}) before it listened");
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("CI");
        return Process.Start(start)!;
    }

    private static string Metadata(string key) =>
        typeof(SampleSite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
