using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Xunit.Abstractions;

namespace Pages.IntegrationTests;

/// <summary>
/// A content collection of 1,000 Markdown files in a fresh project, built by `dotnet build` with the real
/// generator and build targets, then run: every entry is compiled in, and its body is read from its file (an app's build
/// embeds no content; docs/content.md#how-content-is-built). The build time is
/// written to the test output (a figure to read, not a limit: the machine is shared).
/// </summary>
public class LargeCollectionBuildTests(ITestOutputHelper output)
{
    private const int Count = 1000;

    [Fact]
    public async Task Project_with_1000_markdown_files_builds_and_lists_1000_entries()
    {
        var repository = FindRepository();
        var configuration = typeof(LargeCollectionBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Directory.CreateTempSubdirectory("pages-content-");
        try
        {
            WriteProject(project.FullName, repository);
            var posts = Directory.CreateDirectory(Path.Combine(project.FullName, "Content", "posts"));
            for (var i = 0; i < Count; i++)
            {
                var n = i.ToString("D4", CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(posts.FullName, $"post-{n}.md"),
                    $"---\ntitle: Post {n}\nn: {i}\ndate: 2024-01-01\ntags: [a, b]\n---\n## Heading {n}\n\nBody of post {n}.\n");
            }

            // The runtime and generator are already built: reference their outputs, as the sample does, without rebuilding them.
            var watch = Stopwatch.StartNew();
            var build = await RunAsync("dotnet", project.FullName, "build", "-c", configuration, "-p:BuildProjectReferences=false", "-nologo", "-v:q");
            watch.Stop();
            Assert.True(build.ExitCode == 0, build.Output);
            output.WriteLine($"dotnet build of a project with {Count} Markdown files (incl. restore): {watch.Elapsed.TotalSeconds:F1} s");

            var app = Path.Combine(project.FullName, "bin", configuration, "net10.0", "LargeContent.dll");
            var run = await RunAsync("dotnet", project.FullName, app);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Equal("entries=1000 first=post-0000 last=post-0999 n=500 html=<h2 id=\"heading-0500\">Heading 0500</h2>", run.Output.Split('\n')[0].Trim());
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    private static void WriteProject(string directory, string repository)
    {
        File.WriteAllText(Path.Combine(directory, "LargeContent.csproj"), $"""
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
                <ProjectReference Include="{repository}/src/Runtime/Pages.csproj" />
                <ProjectReference Include="{repository}/src/Generators/Pages.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{repository}/src/Runtime/buildTransitive/Pages.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var posts = Content.GetCollection<Post>("posts");
            var middle = posts[500];
            Console.WriteLine($"entries={posts.Count} first={posts[0].Id} last={posts[^1].Id} n={middle.Data.N} html={middle.Html.ToString().Split('\n')[0]}");

            [Collection("posts")]
            public sealed record Post(string Title, int N, DateTime Date, string[] Tags);
            """);
    }

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

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // A nested build must not inherit the test host's MSBuild/dotnet settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
