using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// An app's build output carries ReadyToRun images of Pages and Markdig (buildTransitive/Pages.ReadyToRun.targets),
/// so that its static export does not JIT-compile them first; a publish and <c>PagesReadyToRun=false</c> keep the
/// package's IL-only files.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReadyToRunTests(PackageFeed feed, ITestOutputHelper output)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Build_output_holds_ReadyToRun_images_the_export_runs_on_and_publish_and_the_opt_out_keep_IL()
    {
        var dir = feed.CreateProject("Precompiled", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddPages();
                var app = builder.Build();
                app.MapPages();
                app.Run();
                """,
            ["Post.cs"] = """
                [Pages.Collection("posts")]
                public sealed record Post(string Title);
                """,
            ["Pages/index.page"] = """
                ---
                var posts = Content.GetCollection<Post>("posts");
                ---
                <ul>@foreach (var post in posts) {<li>{post.Data.Title}: {post.Html}</li>}</ul>
                """,
            ["Content/posts/first.md"] = """
                ---
                title: First
                ---
                Some *emphasis* and a [link](https://example.com/).
                """,
        });
        var bin = Path.Combine(dir, "bin", "Release", "net10.0");

        var build = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-nodeReuse:false");
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        foreach (var name in new[] { "Pages.dll", "Markdig.dll", "System.IO.Hashing.dll" })
        {
            Assert.True(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, name)), $"{name} in bin/ is IL only");
        }

        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "Precompiled.dll")), "the app's own assembly is left to the JIT");

        // The export runs on the images and renders the Markdown.
        var export = Dotnet.Run(dir, BuildTimeout, Path.Combine(bin, "Precompiled.dll"), "build", "--out", "dist");
        output.WriteLine(export.ToString());
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("<em>emphasis</em>", File.ReadAllText(Path.Combine(dir, "dist", "index.html")), StringComparison.Ordinal);

        // A publish takes the package's files, not bin/'s: a framework-dependent publish is IL only, as before.
        var publish = Dotnet.Run(dir, BuildTimeout, "publish", "-c", "Release", "-o", "published", "-nodeReuse:false");
        output.WriteLine(publish.ToString());
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(dir, "published", "Pages.dll")));
        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(dir, "published", "Markdig.dll")));

        // The opt-out puts the IL-only files back into bin/.
        var optOut = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-p:PagesReadyToRun=false", "-nodeReuse:false");
        output.WriteLine(optOut.ToString());
        Assert.True(optOut.ExitCode == 0, optOut.ToString());
        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "Pages.dll")));
        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "Markdig.dll")));
    }
}
