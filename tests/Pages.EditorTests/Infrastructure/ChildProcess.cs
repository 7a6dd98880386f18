using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Pages.EditorTests.Infrastructure;

/// <summary>What a finished command printed (stdout and stderr interleaved), its exit code and wall time.</summary>
public sealed record CommandOutput(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {Command}\n(exit code {ExitCode}, {Elapsed.TotalSeconds:F1} s)\n{Output}";
}

/// <summary>Runs a command of the extension's toolchain (bash, node, npm) in <c>editors/vscode</c>, as a shell would.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="args"/> in the extension folder, killing it with its
    /// children after <paramref name="timeout"/>. A program that is not installed throws with <paramref name="missingHint"/>.
    /// </summary>
    public static CommandOutput Run(string fileName, string[] args, TimeSpan timeout, string missingHint)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = ExtensionFolder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain output to parse: no colours, no npm update notices; `dotnet test`'s MSBuild variables would
        // confuse the `dotnet publish` that the packaging script runs.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["npm_config_update_notifier"] = "false";
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        var command = $"{fileName} {string.Join(' ', args)}";
        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Cannot run `{fileName}` ({ex.Message}). {missingHint}", ex);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s:\n$ {command}\n{Text(output)}");
        }

        process.WaitForExit(); // the parameterless wait also drains both redirected streams
        return new CommandOutput(command, process.ExitCode, Text(output), watch.Elapsed);
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
