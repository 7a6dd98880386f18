using System.Diagnostics;
using System.Globalization;
using Pages.TestInfrastructure;
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
        using ScratchPagesProject project = ScratchPagesProject.Create("LargeContent", """
            var posts = Content.GetCollection<Post>("posts");
            var middle = posts[500];
            Console.WriteLine($"entries={posts.Count} first={posts[0].Id} last={posts[^1].Id} n={middle.Data.N} html={middle.Html.ToString().Split('\n')[0]}");

            [Collection("posts")]
            public sealed record Post(string Title, int N, DateTime Date, string[] Tags);
            """);
        for (var i = 0; i < Count; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            project.Write($"Content/posts/post-{n}.md",
                $"---\ntitle: Post {n}\nn: {i}\ndate: 2024-01-01\ntags: [a, b]\n---\n## Heading {n}\n\nBody of post {n}.\n");
        }

        var watch = Stopwatch.StartNew();
        var build = await project.BuildAsync();
        watch.Stop();
        Assert.True(build.ExitCode == 0, build.Output);
        output.WriteLine($"dotnet build of a project with {Count} Markdown files (incl. restore): {watch.Elapsed.TotalSeconds:F1} s");

        var run = await project.RunAppAsync();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("entries=1000 first=post-0000 last=post-0999 n=500 html=<h2 id=\"heading-0500\">Heading 0500</h2>", run.Output.Split('\n')[0].Trim());
    }
}
