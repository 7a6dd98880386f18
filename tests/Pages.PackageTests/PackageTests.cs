using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>The packed <c>Pages</c> package, consumed by fresh projects that have nothing but its PackageReference.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageTests(PackageFeed feed, ITestOutputHelper output)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Package_holds_runtime_generator_and_build_files_and_no_generator_dependency()
    {
        feed.EnsurePacked();
        output.WriteLine(feed.PackResult.ToString());
        Assert.DoesNotMatch(new Regex(@"warning [A-Z]+\d+", RegexOptions.Multiline), feed.PackResult.Output);

        using var zip = ZipFile.OpenRead(feed.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var expected in new[]
        {
            "lib/net10.0/Pages.dll",
            "lib/net10.0/Pages.xml",
            "analyzers/dotnet/cs/Pages.Generators.dll",
            "buildTransitive/tasks/netstandard2.0/Pages.Build.Tasks.dll",
            "buildTransitive/Pages.props",
            "buildTransitive/Pages.targets",
            "buildTransitive/Pages.ReadyToRun.targets",
            "buildTransitive/Pages.WebApp.targets",
            "README.md",
            "Pages.nuspec",
        })
        {
            Assert.Contains(expected, entries);
        }

        // The generator is an analyzer and the build tasks are MSBuild's, never libraries a consumer compiles against.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal)
            && (e.Contains("Generators", StringComparison.Ordinal) || e.Contains("Build.Tasks", StringComparison.Ordinal)));

        using var nuspecStream = zip.GetEntry("Pages.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("Pages", metadata.Element(ns + "id")!.Value);
        Assert.Equal(feed.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        // The runtime's dependencies are Markdig (content bodies render at run time, SPEC §7) and System.IO.Hashing
        // (the incremental export's manifest); nothing of the generator's (Roslyn, YamlDotNet) reaches a consumer.
        Assert.Equal(["Markdig", "System.IO.Hashing"], metadata.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id")).Order(StringComparer.Ordinal));
        Assert.Contains(metadata.Descendants(ns + "frameworkReference"),
            f => (string?)f.Attribute("name") == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public async Task Fresh_project_with_only_the_PackageReference_builds_and_serves_its_pages()
    {
        var dir = feed.CreateProject("Consumer", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddPages();
                var app = builder.Build();
                app.MapPages();
                app.Run();
                """,
            ["Pages/index.page"] = """
                ---
                var title = "Fruit & more";
                var fruits = new[] { "apple", "banana", "<cherry>" };
                ---
                <!DOCTYPE html>
                <html>
                <head><title>{title}</title></head>
                <body>
                  <h1>{title}</h1>
                  <ul>
                    @foreach (var fruit in fruits) {
                      <li>{fruit}</li>
                    }
                  </ul>
                </body>
                </html>
                """,
            ["Pages/hello/[name].page"] = """
                ---
                public const bool Prerender = false;
                ---
                <p>Hello, {Params["name"]}!</p>
                """,
        });

        var build = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-nodeReuse:false");
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());

        var dll = Path.Combine(dir, "bin", "Release", "net10.0", "Consumer.dll");
        // On linux-x64 the app serves from the package's ReadyToRun images of Pages and Markdig (Pages.ReadyToRun.targets).
        Assert.Equal(ReadyToRunImage.ShippedForThisHost, ReadyToRunImage.IsPrecompiled(Path.Combine(dir, "bin", "Release", "net10.0", "Pages.dll")));
        Assert.Equal(ReadyToRunImage.ShippedForThisHost, ReadyToRunImage.IsPrecompiled(Path.Combine(dir, "bin", "Release", "net10.0", "Markdig.dll")));
        await using var app = await AppProcess.StartAsync(Dotnet.HostPath, dir, dll);
        try
        {
            using var index = await app.Client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, index.StatusCode);
            Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
            Assert.Equal("""
                <!DOCTYPE html>
                <html>
                <head><title>Fruit &amp; more</title></head>
                <body>
                  <h1>Fruit &amp; more</h1>
                  <ul>
                      <li>apple</li>
                      <li>banana</li>
                      <li>&lt;cherry&gt;</li>
                  </ul>
                </body>
                </html>
                """, await index.Content.ReadAsStringAsync());

            // The route value arrives decoded and is written HTML-encoded.
            using var hello = await app.Client.GetAsync("/hello/%3Cb%3EAda%20%26%20Bo");
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
            Assert.Equal("<p>Hello, &lt;b&gt;Ada &amp; Bo!</p>", await hello.Content.ReadAsStringAsync());

            using var plain = await app.Client.GetAsync("/hello/world");
            Assert.Equal("<p>Hello, world!</p>", await plain.Content.ReadAsStringAsync());

            using var missing = await app.Client.GetAsync("/no/such/page");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            output.WriteLine(app.Output);
        }
    }

    [Fact]
    public void Build_errors_point_at_the_page_file_line_and_column()
    {
        var dir = feed.CreateProject("Broken", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddPages();
                var app = builder.Build();
                app.MapPages();
                app.Run();
                """,
            // A template error, reported by the generator: the <div> on line 2 is never closed.
            ["Pages/broken.page"] = """
                <h1>Broken</h1>
                <div class="box">
                  <p>never closed</p>
                """,
            // C# errors inside {...}, reported by the compiler through the generated #line directives.
            ["Pages/typo.page"] = """
                ---
                var count = 3;
                ---
                <p>{count}</p>
                <p>{1 + "x" * 2}</p>
                <p>{notDeclared}</p>
                """,
        });

        var build = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-nodeReuse:false");
        output.WriteLine(build.ToString());
        Assert.NotEqual(0, build.ExitCode);

        AssertError(build, "broken.page", 2, 1, "PAGE002");
        AssertError(build, "typo.page", 5, 9, "CS0019");
        AssertError(build, "typo.page", 6, 5, "CS0103");
    }

    private static void AssertError(CommandResult build, string file, int line, int column, string id)
    {
        // MSBuild's canonical form: /abs/path/Pages/file.page(line,col): error ID: message [project]
        var pattern = new Regex($@"[/\\]Pages[/\\]{Regex.Escape(file)}\({line},{column}(,\d+,\d+)?\): error {id}:");
        Assert.True(pattern.IsMatch(build.Output),
            $"Expected '{file}({line},{column}): error {id}' in the build output:\n{build.Output}");
    }
}
