using System.Diagnostics;
using System.Text;

namespace Pages.PackageTests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> command: exit code, stdout and stderr interleaved, wall time.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"$ {Command}\n(exit code {ExitCode}, {Elapsed.TotalSeconds:F1} s)\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a child process, the way a user would from a shell.</summary>
internal static class Dotnet
{
    /// <summary>The <c>dotnet</c> host running these tests, so that children use the same SDK.</summary>
    public static string HostPath { get; } = FindHost();

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>. MSBuild node reuse is
    /// off, so no worker outlives the command; output is read until the process exits (plus a short grace period for
    /// the pipes, which a lingering compiler server may hold open).
    /// </summary>
    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(HostPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        PrepareEnvironment(start);

        var output = new StringBuilder();
        var command = "dotnet " + string.Join(' ', args);
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.Start();
        process.StandardInput.Close();
        var stdout = Pump(process.StandardOutput, output);
        var stderr = Pump(process.StandardError, output);

        if (!process.WaitForExit(timeout))
        {
            KillTree(process);
            Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(5));
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s:\n$ {command}\n{Snapshot(output)}");
        }

        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(10));
        watch.Stop();
        return new CommandResult(command, process.ExitCode, Snapshot(output), watch.Elapsed);
    }

    /// <summary>The environment a child <c>dotnet</c> or app gets: this one, minus MSBuild's in-process settings.</summary>
    public static void PrepareEnvironment(ProcessStartInfo start)
    {
        // `dotnet test` runs MSBuild in-process and leaves MSBuild* variables (SDK paths, the running MSBuild) in the
        // environment that the test host inherits; a child `dotnet build` finds its own.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    }

    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static Task Pump(StreamReader reader, StringBuilder sink) => Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (sink)
            {
                sink.Append(line).Append('\n');
            }
        }
    });

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string FindHost()
    {
        var fromEnv = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        var main = Environment.ProcessPath;
        if (main is not null && System.IO.Path.GetFileNameWithoutExtension(main) == "dotnet")
        {
            return main;
        }

        return "dotnet";
    }
}
