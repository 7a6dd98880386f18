using System.Diagnostics;
using System.Globalization;
using Pages.TestInfrastructure;
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
        using ScratchPagesProject project = ScratchPagesProject.Create("MarkdownExport", ScratchPagesProject.PagesApp("""
            [Collection("posts")]
            public sealed record Post(string Title, int N, DateTime Date, string[] Tags);
            """));
        WritePages(project);
        for (int i = 0; i < Count; i++)
        {
            string n = i.ToString("D4", CultureInfo.InvariantCulture);
            project.Write($"Content/posts/post-{n}.md", $"---\ntitle: Post {n}\nn: {i}\ndate: 2024-01-01\ntags: [a, b]\n---\n## Heading {n}\n\nBody of post {n}.\n");
        }

        var watch = Stopwatch.StartNew();
        (int buildExit, string buildOutput) = await project.BuildAsync();
        Assert.True(buildExit == 0, buildOutput);
        output.WriteLine($"dotnet build, {Count} Markdown files (incl. restore): {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        string dist = Path.Combine(project.Directory, "site");
        (int exportExit, string exportOutput) = await project.RunAppAsync("build", "--out", dist);
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

    private static void WritePages(ScratchPagesProject project)
    {
        project.Write("Pages/index.page", """
            ---
            var posts = Content.GetCollection<Post>("posts");
            ---
            <h1>{posts.Count} posts</h1>
            <a href={$"/posts/{posts[0].Id}"}>{posts[0].Data.Title}</a>

            """);
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
            <p>n = {post.Data.N}, {post.Data.Date:yyyy-MM-dd}, {string.Join(" ", post.Data.Tags)}</p>
            {post.Html}

            """);
    }
}
