using System.Diagnostics;
using System.Text.Json;

namespace Pages.PackageTests.Infrastructure;

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
        var result = ChildProcess.Run(HostPath, args, timeout, workingDirectory, s_environment);
        return result with { Command = "dotnet " + string.Join(' ', args) };
    }

    /// <summary>
    /// Runs <c>dotnet msbuild</c> with <paramref name="args"/> (<c>-getItem:X</c>, <c>-getProperty:Y</c> among them) in
    /// <paramref name="workingDirectory"/>, asserts that it succeeded, and returns the JSON it prints: its
    /// <c>Properties</c> and <c>Items</c> objects (each requested item type's items, with their metadata).
    /// </summary>
    public static JsonElement MSBuild(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var result = Run(workingDirectory, timeout, ["msbuild", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>Items</c> object of <see cref="MSBuild"/>'s JSON: each item type <paramref name="args"/> asks for.</summary>
    public static JsonElement MSBuildItems(string workingDirectory, TimeSpan timeout, params string[] args) =>
        MSBuild(workingDirectory, timeout, args).GetProperty("Items");

    /// <summary>
    /// The file names of the <c>Analyzer</c> items after <c>dotnet msbuild</c> ran <paramref name="args"/> (the targets to
    /// run and any properties) in <paramref name="workingDirectory"/>: what CoreCompile hands, or would hand, the compiler.
    /// </summary>
    public static List<string> AnalyzerFileNames(string workingDirectory, TimeSpan timeout, params string[] args) =>
        MSBuildItems(workingDirectory, timeout, [.. args, "-getItem:Analyzer"])
            .GetProperty("Analyzer").EnumerateArray()
            .Select(item => Path.GetFileName(item.GetProperty("FullPath").GetString()!))
            .ToList();

    /// <summary>The environment a child <c>dotnet</c> or app gets: this one, minus MSBuild's in-process settings.</summary>
    public static void PrepareEnvironment(ProcessStartInfo start)
    {
        ChildProcess.RemoveTestHostVariables(start);
        foreach (var (key, value) in s_environment)
        {
            start.Environment[key] = value;
        }
    }

    /// <summary>No MSBuild node or server outlives a command; plain English output; the app runs as in production.</summary>
    private static readonly Dictionary<string, string> s_environment = new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

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
