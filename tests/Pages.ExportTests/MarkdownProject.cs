using System.Diagnostics;
using System.Reflection;

namespace Pages.ExportTests;

/// <summary>
/// A fresh Pages project in a temp folder (the repository's runtime and generator by project reference, as a user's
/// app would have the package), built with <c>dotnet build</c> and exported by its own process. The Markdown export
/// tests write their pages and content into it.
/// </summary>
public sealed class MarkdownProject : IDisposable
{
    /// <summary>The assembly's name (and the project file's).</summary>
    internal const string Name = "MarkdownExport";

    /// <summary>The configuration the tests were built in, which the project is built in too.</summary>
    internal static readonly string Configuration =
        typeof(MarkdownProject).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private MarkdownProject(DirectoryInfo directory) => Directory = directory.FullName;

    /// <summary>The project folder: the app's content root.</summary>
    public string Directory { get; }

    /// <summary>
    /// Creates the project: a <c>Program.cs</c> that serves (or, with <c>build</c>, exports) its pages, followed by
    /// <paramref name="schemas"/> (the content collections' <c>[Collection]</c> records).
    /// </summary>
    public static MarkdownProject Create(string schemas)
    {
        string repository = FindRepository();
        var project = new MarkdownProject(System.IO.Directory.CreateTempSubdirectory("pages-md-export-"));
        File.WriteAllText(Path.Combine(project.Directory, Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repository}/src/Runtime/buildTransitive/Pages.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Using Include="Microsoft.AspNetCore.Builder" />
                <Using Include="Microsoft.Extensions.DependencyInjection" />
                <Using Include="Microsoft.Extensions.Logging" />
                <ProjectReference Include="{repository}/src/Runtime/Pages.csproj" />
                <ProjectReference Include="{repository}/src/Generators/Pages.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{repository}/src/Runtime/buildTransitive/Pages.targets" />
            </Project>
            """);
        project.Write("Program.cs", $"""
            var builder = WebApplication.CreateBuilder(args);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddPages();
            var app = builder.Build();
            app.MapPages();
            app.Run();

            {schemas}
            """);
        return project;
    }

    /// <summary>Writes a file of the project (a path relative to its folder, with <c>/</c>).</summary>
    public void Write(string file, string text)
    {
        string path = Path.Combine(Directory, file);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Deletes a file of the project.</summary>
    public void Delete(string file) => File.Delete(Path.Combine(Directory, file));

    /// <summary>
    /// <c>dotnet build</c> in the test's configuration. The runtime and generator are already built (the fixture site
    /// references them): their outputs are used as they are.
    /// </summary>
    public Task<(int ExitCode, string Output)> BuildAsync() =>
        RunAsync("build", "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo", "-v:q");

    /// <summary>Exports the built app: <c>dotnet MarkdownExport.dll build --out &lt;output&gt;</c> and <paramref name="arguments"/>.</summary>
    public Task<(int ExitCode, string Output)> ExportAsync(string output, params string[] arguments) =>
        RunAsync([Path.Combine(Directory, "bin", Configuration, "net10.0", Name + ".dll"), "build", "--out", output, .. arguments]);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pages.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Pages.sln not found above " + AppContext.BaseDirectory);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A nested build must not inherit the test host's MSBuild/dotnet settings; the export prints plain lines.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
