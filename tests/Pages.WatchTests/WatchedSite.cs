using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Pages.WatchTests;

/// <summary>
/// One <c>dotnet watch</c> of a temporary copy of <c>Site/</c> for a whole test class: the copy gets a project file that
/// references this repository's built runtime and generator (and the package's props/targets), so it restores and
/// builds offline and dotnet watch watches only the copy's few folders. Output is collected; dispose kills the tree.
/// </summary>
public sealed partial class WatchedSite : IAsyncLifetime
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>The folder of the watched copy.</summary>
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"pages-watch-{Guid.NewGuid():N}", "WatchSite");

    /// <summary>The app's address as last logged (a restart picks a new port).</summary>
    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>How long dotnet watch took from start to serving the first request.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Everything dotnet watch and the app wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        CopySite();
        try
        {
            await StartAsync(polling: false);
        }
        catch (TimeoutException) when (Output.Contains("inotify instances has been reached", StringComparison.Ordinal))
        {
            // Other processes on the machine hold the user's inotify instances (128 by default, one per watched
            // folder): watch by polling instead (dotnet watch checks every 0.5 s), which only adds latency.
            lock (_output)
            {
                _output.Append("(test: inotify limit reached, restarting dotnet watch with DOTNET_USE_POLLING_FILE_WATCHER=1)\n");
            }

            await StartAsync(polling: true);
        }
    }

    private async Task StartAsync(bool polling)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["watch", "--non-interactive", "--", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string key in start.Environment.Keys.ToList())
        {
            // `dotnet test` leaves its in-process MSBuild settings in the environment; the child finds its own.
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        if (polling)
        {
            start.Environment["DOTNET_USE_POLLING_FILE_WATCHER"] = "1";
        }

        Stop();
        var stopwatch = Stopwatch.StartNew();
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitForAsync(() => ListeningLine().Matches(Output).Count > 0 && Output.Contains("Waiting for changes", StringComparison.Ordinal),
            TimeSpan.FromMinutes(4), "dotnet watch to build, start the app and wait for changes");
        await RefreshAddressAsync();
        await WaitUntilAsync("/pid", body => body.Contains("pid=", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        StartupTime = stopwatch.Elapsed;
    }

    /// <summary>Takes the address from the last "Now listening on" line.</summary>
    public Task RefreshAddressAsync()
    {
        MatchCollection matches = ListeningLine().Matches(Output);
        Address = new Uri(matches[^1].Groups[1].Value);
        return Task.CompletedTask;
    }

    /// <summary>Overwrites a file of the copy (the way an editor saves: write, then the watcher sees it).</summary>
    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Directory, relativePath), text);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary>GETs <paramref name="path"/> until <paramref name="accept"/> holds for the body; returns the time it took.</summary>
    public async Task<TimeSpan> WaitUntilAsync(string path, Func<string, bool> accept, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        string last = "";
        while (stopwatch.Elapsed < timeout)
        {
            try
            {
                await RefreshAddressAsync();
                using HttpResponseMessage response = await Client.GetAsync(new Uri(Address, path));
                last = await response.Content.ReadAsStringAsync();
                if (accept(last))
                {
                    return stopwatch.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // The app is restarting.
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"GET {path} did not answer as expected within {timeout.TotalSeconds:F0} s. Last body:\n{last}\n--- dotnet watch output ---\n{Output}");
    }

    /// <summary>Waits until the output satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > timeout || _process is { HasExited: true } || Output.Contains("An unexpected error occurred", StringComparison.Ordinal))
            {
                throw new TimeoutException($"Gave up waiting for {what} after {stopwatch.Elapsed.TotalSeconds:F0} s.\n--- dotnet watch output ---\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Stop();
        try
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private void Stop()
    {
        if (_process is not null)
        {
            try
            {
                // dotnet watch runs the app (and builds) as child processes: end them all.
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
            _process = null;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }
    }

    private void CopySite()
    {
        string source = Path.Combine(Metadata("PagesRepositoryRoot"), "tests", "Pages.WatchTests", "Site");
        foreach (string file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(Directory, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // Nothing above the copy may leak in (the repository's central package versions, for one).
        string root = Path.GetDirectoryName(Directory)!;
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
        string buildTransitive = Path.Combine(Metadata("PagesRepositoryRoot"), "src", "Runtime", "buildTransitive");
        File.WriteAllText(Path.Combine(Directory, "WatchSite.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{buildTransitive}/Pages.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>WatchSite</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <Using Include="Pages" />
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Reference Include="Pages" HintPath="{Metadata("PagesRuntimeDll")}" />
                <PackageReference Include="Markdig" Version="1.6.0" />
                <Analyzer Include="{Metadata("PagesGeneratorDll")}" />
                <Analyzer Include="{Metadata("YamlDotNetDll")}" />
              </ItemGroup>
              <Import Project="{buildTransitive}/Pages.targets" />
            </Project>
            """);
    }

    private static string Metadata(string key) =>
        typeof(WatchedSite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string DotnetHost()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        string? main = Environment.ProcessPath;
        return main is not null && Path.GetFileNameWithoutExtension(main) == "dotnet" ? main : "dotnet";
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
