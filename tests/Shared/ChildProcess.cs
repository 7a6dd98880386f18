using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Pages.TestInfrastructure;

/// <summary>What a finished command printed (stdout and stderr interleaved), its exit code and wall time.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {Command}\n(exit code {ExitCode}, {Elapsed.TotalSeconds:F1} s)\n{Output}";
}

/// <summary>
/// Runs a program to completion as a shell would, for the test projects that drive real tools (dotnet, npm, bash,
/// wrk). One copy, linked into each of those projects (<c>tests/Shared</c>).
/// </summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="args"/>, killing it with its children after
    /// <paramref name="timeout"/> (a <see cref="TimeoutException"/> with what it printed). Output is read until the
    /// process exits, plus a short grace period for pipes that a lingering child (a compiler server) holds open.
    /// A program that is not installed throws <see cref="InvalidOperationException"/> with <paramref name="missingHint"/>.
    /// </summary>
    public static CommandResult Run(
        string program,
        IEnumerable<string> args,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? missingHint = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        RemoveTestHostVariables(start);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var command = $"{program} {string.Join(' ', start.ArgumentList)}";
        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Cannot run `{program}` ({ex.Message}). {missingHint}".TrimEnd(), ex);
        }

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

    /// <summary>
    /// Removes what <c>dotnet test</c> leaves in the test host's environment: MSBuild's in-process settings (SDK
    /// paths, the running MSBuild) and the test platform's, which would confuse a child <c>dotnet</c> or app.
    /// </summary>
    public static void RemoveTestHostVariables(ProcessStartInfo start)
    {
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }
    }

    /// <summary>Kills <paramref name="process"/> and its children, if it still runs.</summary>
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
}
