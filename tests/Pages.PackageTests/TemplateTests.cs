using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// <c>dotnet new pages</c> (templates/Pages.Templates): the packed template, installed into a temporary hive, creates a
/// site in each output mode that builds against this run's packed <c>Pages</c> with no edits and serves its pages,
/// the cookie page, the form (antiforgery) and the JSON endpoint over HTTP; its export holds the prerendered pages.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class TemplateTests(PackageFeed feed, ITestOutputHelper output)
{
    [Fact]
    public void Template_package_holds_the_site_and_references_the_same_Pages_version()
    {
        var hive = TemplateHive.For(feed);
        output.WriteLine(hive.PackResult.ToString());
        output.WriteLine(hive.InstallResult?.ToString());
        hive.EnsureInstalled();
        Assert.DoesNotMatch(new Regex(@"warning [A-Z]+\d+"), hive.PackResult.Output);
        Assert.Contains("pages", hive.InstallResult!.Output, StringComparison.Ordinal);

        using var zip = System.IO.Compression.ZipFile.OpenRead(hive.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("content/PagesSite/.template.config/template.json", entries);
        Assert.Contains("content/PagesSite/Pages/blog/[slug].page", entries);
        Assert.Contains("content/PagesSite/Content/blog/second-post.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        using var reader = new StreamReader(zip.GetEntry("content/PagesSite/.template.config/template.json")!.Open());
        Assert.Contains($"\"defaultValue\": \"{feed.Version}\"", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("static")]
    [InlineData("server")]
    public async Task New_site_builds_against_the_package_and_serves_pages_cookies_form_and_json(string mode)
    {
        var watch = Stopwatch.StartNew();
        var hive = TemplateHive.For(feed);
        var name = mode == "static" ? "StaticSite" : "ServerSite";
        var (dir, created) = hive.Create(name, "--output-mode", mode);
        output.WriteLine(created.ToString());
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains($"<PagesOutput>{mode}</PagesOutput>", File.ReadAllText(Path.Combine(dir, name + ".csproj")), StringComparison.Ordinal);
        Assert.DoesNotContain("PublishAot", File.ReadAllText(Path.Combine(dir, name + ".csproj")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "Dockerfile")), "The Dockerfile (for the Native AOT binary) comes only with --aot.");

        var build = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "build", "-c", "Release", "-nodeReuse:false");
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(new Regex(@"warning [A-Z]+\d+"), build.Output);

        var dll = Path.Combine(dir, "bin", "Release", "net10.0", name + ".dll");
        await using (var app = await AppProcess.StartAsync(Dotnet.HostPath, dir, dll))
        {
            await SiteChecks.ServesEverythingAsync(app.BaseAddress, name, output);
        }

        // The export writes the prerendered pages only: the home page in static mode, the posts (Prerender = true) in
        // both, never the on-demand visits and contact pages; and 404.html whenever the app has a 404 page.
        var export = Dotnet.Run(dir, TimeSpan.FromMinutes(2), dll, "build");
        output.WriteLine(export.ToString());
        Assert.True(export.ExitCode == 0, export.ToString());
        var dist = Path.Combine(dir, "dist");
        Assert.True(File.Exists(Path.Combine(dist, "blog", "first-post", "index.html")), "blog/first-post/index.html is missing");
        Assert.True(File.Exists(Path.Combine(dist, "blog", "second-post", "index.html")), "blog/second-post/index.html is missing");
        Assert.True(File.Exists(Path.Combine(dist, "404.html")), "404.html is missing");
        Assert.Equal(mode == "static", File.Exists(Path.Combine(dist, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(dist, "visits")));
        Assert.False(Directory.Exists(Path.Combine(dist, "contact")));
        Assert.True(File.Exists(Path.Combine(dist, "site.css")), "wwwroot/site.css was not copied");
        output.WriteLine($"{mode}: new + build + run + export in {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Page_and_content_files_are_project_items_the_IDE_shows_and_never_copied()
    {
        var hive = TemplateHive.For(feed);
        var (dir, created) = hive.Create("IdeSite");
        Assert.True(created.ExitCode == 0, created.ToString());

        // What an IDE lists is the project's evaluated items: read them as MSBuild evaluates them after restore
        // (the package's buildTransitive props/targets come in through the restore's nuget.g.* imports; `-restore`
        // does not run with -getItem, so restore first), as an IDE's design-time evaluation and as a command-line build.
        var restore = Dotnet.Run(dir, TimeSpan.FromMinutes(2), "restore", "-nodeReuse:false");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        System.Text.Json.JsonElement Evaluate(params string[] properties) => Dotnet.MSBuildItems(dir, TimeSpan.FromMinutes(2), ["-nodeReuse:false",
            "-getItem:None", "-getItem:Content", "-getItem:EmbeddedResource", "-getItem:AdditionalFiles", "-getItem:PagesContentFile", .. properties]);
        var byType = Evaluate("-p:DesignTimeBuild=true");
        var commandLine = Evaluate();
        static List<string> PathsIn(System.Text.Json.JsonElement items, string type)
            => [.. items.GetProperty(type).EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/'))];
        List<string> Paths(string type) => PathsIn(byType, type);

        string[] pages = ["Layouts/Layout.page", "Pages/404.page", "Pages/blog/[slug].page", "Pages/contact.page", "Pages/index.page", "Pages/visits.page"];
        string[] posts = ["Content/blog/first-post.md", "Content/blog/second-post.md"];
        Assert.Equal(pages, Paths("None").Where(p => p.EndsWith(".page", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(pages, Paths("AdditionalFiles").Where(p => p.EndsWith(".page", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // An app's build reads content bodies from the project (docs/content.md, "Frontmatter and body"): the .md files
        // are None items the IDE shows, not embedded (publish embeds them), and the generator reads their frontmatter
        // from one file in obj/. A command-line build does without the None items (each costs every evaluation and build).
        Assert.Equal(posts, Paths("None").Where(p => p.StartsWith("Content/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(PathsIn(commandLine, "None"), p => p.StartsWith("Content/", StringComparison.Ordinal));
        // Nor are they items of a command-line evaluation at all (each evaluation paid for them, and dotnet run evaluates
        // five times): the build lists them in a target. A design-time evaluation lists them.
        Assert.Equal(posts, Paths("PagesContentFile").Order(StringComparer.Ordinal));
        Assert.True(!commandLine.TryGetProperty("PagesContentFile", out var listed) || listed.GetArrayLength() == 0, listed.ToString());
        Assert.Equal(Paths("AdditionalFiles"), PathsIn(commandLine, "AdditionalFiles"));
        Assert.DoesNotContain(Paths("EmbeddedResource"), p => p.EndsWith(".md", StringComparison.Ordinal));
        Assert.DoesNotContain(Paths("AdditionalFiles"), p => p.EndsWith(".md", StringComparison.Ordinal));
        Assert.Single(Paths("AdditionalFiles"), p => p.EndsWith("/pages-frontmatter/frontmatter.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(Paths("Content"), p => p.EndsWith(".page", StringComparison.Ordinal) || p.StartsWith("Content/", StringComparison.Ordinal));
        foreach (var page in byType.GetProperty("None").EnumerateArray().Where(i => i.GetProperty("Identity").GetString()!.EndsWith(".page", StringComparison.Ordinal)))
        {
            Assert.Equal("Never", page.GetProperty("CopyToPublishDirectory").GetString());
            Assert.Equal("Never", page.GetProperty("CopyToOutputDirectory").GetString());
        }

        // The compiler sees the frontmatter file's path (a compiler-visible property): it must be the same string whatever
        // folder the build starts in, or `dotnet build path/to/app` after `dotnet build` in the folder recompiles the app
        // (MSBuild turns obj\'s backslash into a slash only when obj/ exists relative to the current directory).
        string FrontmatterFile(string workingDirectory, params string[] project)
        {
            var evaluated = Dotnet.Run(workingDirectory, TimeSpan.FromMinutes(2), ["msbuild", "-nodeReuse:false", .. project, "-getProperty:PagesFrontmatterFile"]);
            Assert.True(evaluated.ExitCode == 0, evaluated.ToString());
            return evaluated.Output.Trim().Replace('\\', '/');
        }
        string inProject = FrontmatterFile(dir);
        Assert.Equal(inProject, FrontmatterFile(Path.GetDirectoryName(dir)!, Path.Combine(dir, "IdeSite.csproj")));
        Assert.DoesNotContain("//", inProject, StringComparison.Ordinal);
        Assert.EndsWith("/obj/Debug/net10.0/pages-frontmatter/frontmatter.txt", inProject, StringComparison.Ordinal);

        foreach (var post in byType.GetProperty("None").EnumerateArray().Where(i => i.GetProperty("Identity").GetString()!.StartsWith("Content/", StringComparison.Ordinal)))
        {
            // Unset (the SDK's default for None: not copied) or Never.
            foreach (var copy in (string[])["CopyToOutputDirectory", "CopyToPublishDirectory"])
            {
                Assert.True(!post.TryGetProperty(copy, out var value) || value.GetString() is "" or "Never", post.ToString());
            }
        }
    }
}
