using System.Diagnostics;
using Pages.TestInfrastructure;
using Xunit.Abstractions;

namespace Pages.ExportTests;

/// <summary>
/// Issue 11, acceptance 2 (which files, not how fast: the time is benchmarks/export.sh's <c>incremental</c> figure):
/// a site of Markdown posts is built and exported; one post's title is edited, another post deleted, the site rebuilt
/// and exported into the same folder. Exactly the edited post's page and the list that shows its title are written
/// again, the deleted post's page is removed, and every other file keeps its write time — including a list that does
/// not include the edited post. Then one post's body alone is edited: the rebuild leaves the app's assembly as it was
/// (the .md files are no input of the compile, docs/content.md#how-content-is-built) and the export writes that post's
/// page only, with the new body, and renders only that page, the list that shows the bodies and the page that reads no
/// content; every other page is kept without rendering (its recorded inputs are unchanged), including the lists that
/// show frontmatter only. <c>--clean</c> renders everything. Last, a post is deleted and another added, nothing else
/// changed: the app is recompiled (so every page is rendered), the deleted post's page goes and the post leaves the list.
/// </summary>
public class IncrementalContentExportTests(ITestOutputHelper output)
{
    private const int Count = 6;

    [Fact]
    public async Task Editing_one_post_rewrites_its_page_and_the_lists_that_show_it_only()
    {
        // With a site, so the export writes sitemap.xml: kept pages must stay in it.
        using ScratchPagesProject project = ScratchPagesProject.Create("MarkdownExport", ScratchPagesProject.PagesApp("""
            [Collection("posts")]
            public sealed record Post(string Title);
            """).Replace("AddPages()", "AddPages(options => options.Site = \"https://example.com\")", StringComparison.Ordinal));
        WritePages(project);
        for (int i = 1; i <= Count; i++)
        {
            project.Write($"Content/posts/post-{i}.md", $"---\ntitle: Post {i}\n---\nBody of post {i}.\n");
        }

        var watch = Stopwatch.StartNew();
        string dist = Path.Combine(project.Directory, "dist");
        await BuildAndExportAsync(project, dist);
        output.WriteLine($"first build + export: {watch.Elapsed.TotalSeconds:F1} s");
        Dictionary<string, DateTime> before = WriteTimes(dist);
        Assert.Contains("posts/post-4/index.html", before.Keys);

        // Post 4 is in the list of all posts, not in the list of the first two; post 5 goes away.
        project.Write("Content/posts/post-4.md", "---\ntitle: Post four, edited\n---\nBody of post 4.\n");
        project.Delete("Content/posts/post-5.md");
        watch.Restart();
        string secondOutput = await BuildAndExportAsync(project, dist);
        output.WriteLine($"rebuild + export after the edit: {watch.Elapsed.TotalSeconds:F1} s\n{secondOutput}");

        Dictionary<string, DateTime> after = WriteTimes(dist);
        Assert.Equal(["bodies/index.html", "index.html", "posts/post-4/index.html", "sitemap.xml"], Rewritten(before, after));
        Assert.Equal(["posts/post-5/index.html"], before.Keys.Except(after.Keys));
        Assert.Empty(after.Keys.Except(before.Keys));
        Assert.False(Directory.Exists(Path.Combine(dist, "posts", "post-5")));
        Assert.Contains("<h1>Post four, edited</h1>", File.ReadAllText(Path.Combine(dist, "posts", "post-4", "index.html")), StringComparison.Ordinal);
        Assert.Contains("4 written, 6 unchanged, 1 removed", secondOutput, StringComparison.Ordinal);
        Assert.Contains("(9 rendered, 0 kept unrendered (inputs unchanged),", secondOutput, StringComparison.Ordinal);

        // A body edit: no recompile (the assembly keeps its write time); the post's page and the list of bodies are written,
        // with the body read from the edited file.
        string assembly = Path.Combine(project.Directory, "bin", ScratchPagesProject.Configuration, "net10.0", project.Name + ".dll");
        DateTime compiled = File.GetLastWriteTimeUtc(assembly);
        before = after;
        project.Write("Content/posts/post-3.md", "---\ntitle: Post 3\n---\nBody of post 3, edited.\n");
        watch.Restart();
        string thirdOutput = await BuildAndExportAsync(project, dist);
        output.WriteLine($"rebuild + export after a body edit: {watch.Elapsed.TotalSeconds:F1} s\n{thirdOutput}");

        Assert.Equal(compiled, File.GetLastWriteTimeUtc(assembly));
        after = WriteTimes(dist);
        Assert.Equal(["bodies/index.html", "posts/post-3/index.html"], Rewritten(before, after));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Body of post 3, edited.", File.ReadAllText(Path.Combine(dist, "posts", "post-3", "index.html")), StringComparison.Ordinal);
        Assert.Contains("Body of post 3, edited.", File.ReadAllText(Path.Combine(dist, "bodies", "index.html")), StringComparison.Ordinal);
        Assert.Contains("2 written, 8 unchanged, 0 removed", thirdOutput, StringComparison.Ordinal);

        // Rendered: the edited post, the list of bodies, and the page that reads no content (it may read anything).
        // Kept: the two lists of titles, the four other posts. The link check still sees every page.
        Assert.Contains("(3 rendered, 6 kept unrendered (inputs unchanged),", thirdOutput, StringComparison.Ordinal);
        Assert.Contains("links in 9 HTML files", thirdOutput, StringComparison.Ordinal);
        string sitemap = File.ReadAllText(Path.Combine(dist, "sitemap.xml"));
        Assert.Equal(9, sitemap.Split("<loc>").Length - 1);
        Assert.Contains("<loc>https://example.com/posts/post-1</loc>", sitemap, StringComparison.Ordinal);

        // --clean renders (and writes) everything.
        (int cleanExit, string cleanOutput) = await project.RunAppAsync("build", "--out", dist, "--clean");
        Assert.True(cleanExit == 0, cleanOutput);
        Assert.Contains("(9 rendered, 0 copied from wwwroot", cleanOutput, StringComparison.Ordinal);

        // A deletion or a new post changes no remaining input file's time: the list of content files is an input of its
        // own, so the app is recompiled, and a recompiled app renders every page.
        before = WriteTimes(dist);
        project.Delete("Content/posts/post-6.md");
        project.Write("Content/posts/post-7.md", "---\ntitle: Post 7\n---\nBody of post 7.\n");
        string lastOutput = await BuildAndExportAsync(project, dist);
        Assert.NotEqual(compiled, File.GetLastWriteTimeUtc(assembly));
        Assert.Contains("(9 rendered, 0 kept unrendered (inputs unchanged),", lastOutput, StringComparison.Ordinal);
        after = WriteTimes(dist);
        Assert.Equal(["posts/post-6/index.html"], before.Keys.Except(after.Keys));
        Assert.Equal(["posts/post-7/index.html"], after.Keys.Except(before.Keys));
        Assert.DoesNotContain("post-6", File.ReadAllText(Path.Combine(dist, "index.html")), StringComparison.Ordinal);
        Assert.Contains("Post 7", File.ReadAllText(Path.Combine(dist, "index.html")), StringComparison.Ordinal);
    }

    private static void WritePages(ScratchPagesProject project)
    {
        project.Write("Pages/index.page", """
            ---
            var posts = Content.GetCollection<Post>("posts");
            ---
            <h1>All posts</h1>
            @foreach (var post in posts) {
              <a href={$"/posts/{post.Id}"}>{post.Data.Title}</a>
            }

            """);
        project.Write("Pages/first.page", """
            ---
            var posts = Content.GetCollection<Post>("posts").Take(2);
            ---
            <h1>First posts</h1>
            @foreach (var post in posts) {
              <a href={$"/posts/{post.Id}"}>{post.Data.Title}</a>
            }

            """);
        project.Write("Pages/bodies.page", """
            ---
            var posts = Content.GetCollection<Post>("posts");
            ---
            <h1>Every post in full</h1>
            @foreach (var post in posts) {
              <article>{post.Html}</article>
            }

            """);
        project.Write("Pages/about.page", "<h1>About</h1>\n");
        project.Write("Pages/posts/[slug].page", """
            ---
            record Props(ContentEntry<Post> Entry);

            public static IEnumerable<StaticPath<Props>> GetStaticPaths() =>
                Content.GetCollection<Post>("posts").Select(entry => new StaticPath<Props>(new() { ["slug"] = entry.Id }, new Props(entry)));

            var post = props.Entry;
            ---
            <!DOCTYPE html>
            <title>{post.Data.Title}</title>
            <h1>{post.Data.Title}</h1>
            {post.Html}

            """);
    }

    // Builds the project and runs its export into dist; both must succeed. Returns the export's output.
    private static async Task<string> BuildAndExportAsync(ScratchPagesProject project, string dist)
    {
        (int buildExit, string buildOutput) = await project.BuildAsync();
        Assert.True(buildExit == 0, buildOutput);
        (int exportExit, string exportOutput) = await project.RunAppAsync("build", "--out", dist);
        Assert.True(exportExit == 0, exportOutput);
        return exportOutput;
    }

    // The files present in both snapshots whose write time changed, in ordinal order.
    private static string[] Rewritten(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        after.Where(file => before.TryGetValue(file.Key, out DateTime then) && file.Value != then).Select(file => file.Key).Order(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, DateTime> WriteTimes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != ExportRun.ManifestFile)
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
