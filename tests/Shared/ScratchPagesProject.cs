using System.Diagnostics;
using System.Reflection;

namespace Pages.TestInfrastructure;

/// <summary>
/// A fresh Pages project in a temp folder (the repository's runtime and generator by project reference, as a user's
/// app would have the package), built with <c>dotnet build</c> in the test's configuration and run as its own
/// process. One copy, linked into each test project that builds one (<c>tests/Shared</c>).
/// </summary>
public sealed class ScratchPagesProject : IDisposable
{
    /// <summary>The configuration the tests were built in, which the project is built in too.</summary>
    internal static readonly string Configuration =
        typeof(ScratchPagesProject).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private ScratchPagesProject(string name, DirectoryInfo directory)
    {
        Name = name;
        Directory = directory.FullName;
    }

    /// <summary>The assembly's name (and the project file's).</summary>
    public string Name { get; }

    /// <summary>The project folder: the app's content root.</summary>
    public string Directory { get; }

    /// <summary>Creates the project <c>{name}.csproj</c> with <paramref name="program"/> as its <c>Program.cs</c>.</summary>
    public static ScratchPagesProject Create(string name, string program)
    {
        string repository = FindRepository();
        var project = new ScratchPagesProject(name, System.IO.Directory.CreateTempSubdirectory($"pages-{name.ToLowerInvariant()}-"));
        project.Write(name + ".csproj", $"""
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
        project.Write("Program.cs", program);
        return project;
    }

    /// <summary>
    /// A <c>Program.cs</c> that serves its pages (or, run with <c>build</c>, exports them), followed by
    /// <paramref name="declarations"/> (the content collections' <c>[Collection]</c> records, say).
    /// </summary>
    public static string PagesApp(string declarations) => $"""
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPages();
        var app = builder.Build();
        app.MapPages();
        app.Run();

        {declarations}
        """;

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
    /// <c>dotnet build</c> in the test's configuration. The runtime and generator are already built (the test project
    /// references them): their outputs are used as they are.
    /// </summary>
    public Task<(int ExitCode, string Output)> BuildAsync() =>
        RunDotnetAsync("build", "-c", Configuration, "-p:BuildProjectReferences=false", "-nologo", "-v:q");

    /// <summary>Runs the built app: <c>dotnet {Name}.dll</c> with <paramref name="arguments"/>, in the Production environment.</summary>
    public Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments) =>
        RunDotnetAsync([Path.Combine(Directory, "bin", Configuration, "net10.0", Name + ".dll"), .. arguments]);

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

    private async Task<(int ExitCode, string Output)> RunDotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A nested build must not inherit the test host's MSBuild/dotnet settings; the app prints plain lines.
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
