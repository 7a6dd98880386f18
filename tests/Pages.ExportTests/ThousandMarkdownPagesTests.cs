using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Xunit.Abstractions;

namespace Pages.ExportTests;

/// <summary>
/// Issue acceptance 3: a fresh project with 1,000 Markdown files (YAML frontmatter, a <c>[Collection]</c> schema) and
/// a <c>[slug].page</c> whose <c>GetStaticPaths()</c> lists the collection, built by <c>dotnet build</c> with the real
/// generator and targets, then exported by <c>dotnet app.dll build --out &lt;dir&gt;</c>: 1,000 post pages plus the
/// index are written, with the bytes the page renders. Build and export times go to the test output (figures to
/// read, not limits: the machine is shared).
/// </summary>
public class ThousandMarkdownPagesTests(ITestOutputHelper output)
{
    private const int Count = 1000;

    [Fact]
    public async Task Thousand_markdown_entries_export_a_thousand_pages()
    {
        string repository = FindRepository();
        string configuration = typeof(ThousandMarkdownPagesTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        DirectoryInfo project = Directory.CreateTempSubdirectory("pages-md-export-");
        string dist = Path.Combine(project.FullName, "site");
        try
        {
            WriteProject(project.FullName, repository);
            DirectoryInfo posts = Directory.CreateDirectory(Path.Combine(project.FullName, "Content", "posts"));
            for (int i = 0; i < Count; i++)
            {
                string n = i.ToString("D4", CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(posts.FullName, $"post-{n}.md"),
                    $"---\ntitle: Post {n}\nn: {i}\ndate: 2024-01-01\ntags: [a, b]\n---\n## Heading {n}\n\nBody of post {n}.\n");
            }

            // The runtime and generator are already built (the fixture site references them): use their outputs.
            var watch = Stopwatch.StartNew();
            (int buildExit, string buildOutput) = await RunAsync(project.FullName, "build", "-c", configuration, "-p:BuildProjectReferences=false", "-nologo", "-v:q");
            Assert.True(buildExit == 0, buildOutput);
            output.WriteLine($"dotnet build, {Count} Markdown files (incl. restore): {watch.Elapsed.TotalSeconds:F1} s");

            watch.Restart();
            string app = Path.Combine(project.FullName, "bin", configuration, "net10.0", "MarkdownExport.dll");
            (int exportExit, string exportOutput) = await RunAsync(project.FullName, app, "build", "--out", dist);
            Assert.True(exportExit == 0, exportOutput);
            output.WriteLine($"export of {Count + 1} pages: {watch.Elapsed.TotalSeconds:F1} s");

            string[] html = Directory.GetFiles(dist, "*.html", SearchOption.AllDirectories);
            Assert.Equal(Count + 1, html.Length);
            Assert.Equal(Count, Directory.GetFiles(Path.Combine(dist, "posts"), "index.html", SearchOption.AllDirectories).Length);
            Assert.Equal(
                "<!DOCTYPE html>\n<title>Post 0500</title>\n<h1>Post 0500</h1>\n<p>n = 500, 2024-01-01, a b</p>\n"
                + "<h2 id=\"heading-0500\">Heading 0500</h2>\n<p>Body of post 0500.</p>\n\n",
                File.ReadAllText(Path.Combine(dist, "posts", "post-0500", "index.html")));
            Assert.Equal("<h1>1000 posts</h1>\n<a href=\"/posts/post-0000\">Post 0000</a>\n", File.ReadAllText(Path.Combine(dist, "index.html")));
            Assert.Contains($"Exported {Count + 1} pages: {Count + 1} files", exportOutput, StringComparison.Ordinal);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    private static void WriteProject(string directory, string repository)
    {
        File.WriteAllText(Path.Combine(directory, "MarkdownExport.csproj"), $"""
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
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var builder = WebApplication.CreateBuilder(args);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddPages();
            var app = builder.Build();
            app.MapPages();
            app.Run();

            [Collection("posts")]
            public sealed record Post(string Title, int N, DateTime Date, string[] Tags);
            """);
        Directory.CreateDirectory(Path.Combine(directory, "Pages", "posts"));
        File.WriteAllText(Path.Combine(directory, "Pages", "index.page"), """
            ---
            var posts = Content.GetCollection<Post>("posts");
            ---
            <h1>{posts.Count} posts</h1>
            <a href={$"/posts/{posts[0].Id}"}>{posts[0].Data.Title}</a>

            """);
        File.WriteAllText(Path.Combine(directory, "Pages", "posts", "[slug].page"), """
            ---
            record Props(ContentEntry<Post> Entry);

            public static IEnumerable<StaticPath<Props>> GetStaticPaths() =>
                Content.GetCollection<Post>("posts").Select(entry => new StaticPath<Props>(new() { ["slug"] = entry.Id }, new Props(entry)));

            var post = props.Entry;
            ---
            <!DOCTYPE html>
            <title>{post.Data.Title}</title>
            <h1>{post.Data.Title}</h1>
            <p>n = {post.Data.N}, {post.Data.Date:yyyy-MM-dd}, {string.Join(" ", post.Data.Tags)}</p>
            {post.Html}

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

    private static async Task<(int ExitCode, string Output)> RunAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
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
