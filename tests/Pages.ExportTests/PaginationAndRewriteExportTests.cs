namespace Pages.ExportTests;

/// <summary>Pagination and rewrites in the static export (the fixture's pages that only list paths under <c>Fixture__Routing=on</c>).</summary>
public class PaginationAndRewriteExportTests
{
    [Fact]
    public async Task Twenty_three_items_export_as_three_pages_with_page_one_at_the_bare_url_and_a_rewrite_writes_its_target()
    {
        using ExportRun run = await ExportRun.StartAsync(("Fixture__Routing", "on"), ("Fixture__Format", "directory"));
        Assert.True(run.ExitCode == 0, run.ToString());

        Assert.Equal(
            ["numbers/2/index.html", "numbers/3/index.html", "numbers/index.html"],
            run.Files().Where(file => file.StartsWith("numbers", StringComparison.Ordinal)));
        Assert.Equal(
            "<h1>Page 1 of 3</h1>\n<p>1,2,3,4,5,6,7,8,9,10</p>\n<nav>prev= next=/numbers/2</nav>\n",
            run.Read("numbers/index.html"));
        Assert.Equal(
            "<h1>Page 2 of 3</h1>\n<p>11,12,13,14,15,16,17,18,19,20</p>\n<nav>prev=/numbers next=/numbers/3</nav>\n",
            run.Read("numbers/2/index.html"));
        Assert.Equal(
            "<h1>Page 3 of 3</h1>\n<p>21,22,23</p>\n<nav>prev=/numbers/2 next=</nav>\n",
            run.Read("numbers/3/index.html"));

        // The rewriting page's file holds its target's HTML, not a redirect.
        Assert.Equal(run.Read("about/index.html"), run.Read("rewritten/about/index.html"));
        Assert.Equal("<h1>Second post</h1>\n<p>second-post</p>\n", run.Read("rewritten/second-post/index.html"));
    }
}
