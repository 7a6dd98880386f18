using System.Net;

namespace Pages.IntegrationTests;

/// <summary>
/// SPEC §7 through a real build: this project's Content/articles/*.md, checked and compiled by the real
/// generator, bodies embedded by the package's targets, read through the runtime's Content API.
/// </summary>
public class ContentTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private static ContentEntry<Article> Hello => Content.GetEntry<Article>("articles", "hello")!;

    [Fact]
    public void Collection_lists_every_entry_sorted_by_id()
    {
        var ids = Content.GetCollection<Article>("articles").Select(e => e.Id).ToArray();

        Assert.Equal(["basics", "guides/getting-started", "hello"], ids);
    }

    [Fact]
    public void Filter_takes_the_entry()
    {
        var beginners = Content.GetCollection<Article>("articles", e => e.Data.Level == Level.Beginner && e.Id.StartsWith("guides/"));

        Assert.Equal("guides/getting-started", Assert.Single(beginners).Id);
    }

    [Fact]
    public void Scalars_bind_with_their_types()
    {
        var data = Hello.Data;

        Assert.Equal("Hello, content", data.Title);
        Assert.Equal(Level.Advanced, data.Level);
        Assert.Equal(1200, data.Views);
        Assert.Equal(5_000_000_000L, data.Bytes);
        Assert.Equal(4.5, data.Rating);
        Assert.Equal(19.99m, data.Price);
        Assert.True(data.Featured);
        Assert.Null(data.Subtitle);
    }

    [Fact]
    public void Dates_are_unspecified_unless_they_have_an_offset()
    {
        var data = Hello.Data;

        Assert.Equal(new DateTime(2024, 3, 15, 10, 30, 0), data.Published);
        Assert.Equal(DateTimeKind.Unspecified, data.Published.Kind);
        Assert.Equal(new DateTime(2024, 3, 16, 12, 0, 0, DateTimeKind.Utc), data.Updated);
        Assert.Equal(DateTimeKind.Utc, data.Updated!.Value.Kind);
        Assert.Equal(new DateOnly(2024, 3, 20), data.Reviewed);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(2)), data.Scheduled);
        Assert.Equal(TimeSpan.FromHours(2), data.Scheduled!.Value.Offset);
        Assert.Equal(new DateTime(2022, 7, 8), Content.GetEntry<Article>("articles", "basics")!.Data.Published);
    }

    [Fact]
    public void Lists_and_nested_records_bind()
    {
        var data = Hello.Data;

        Assert.Equal(["intro", "c#"], data.Tags);
        Assert.Equal([3, 1, 2], data.Scores);
        Assert.Equal("Ada", data.Author.Name);
        Assert.Equal(["https://example.com/ada"], data.Author.Links);
        Assert.Null(data.Author.Email);
        Assert.Equal("ada@example.com", Content.GetEntry<Article>("articles", "guides/getting-started")!.Data.Author.Email);
    }

    [Fact]
    public void Keys_bind_case_insensitively_and_defaults_apply()
    {
        var data = Content.GetEntry<Article>("articles", "basics")!.Data;

        Assert.Equal("Basics", data.Title);
        Assert.Equal(Level.Beginner, data.Level);
        Assert.Empty(data.Tags);
        Assert.Equal(0, data.Views);
        Assert.False(data.Featured);
        Assert.Empty(data.Scores);
    }

    [Fact]
    public void Body_is_the_markdown_after_the_frontmatter()
    {
        Assert.StartsWith("Intro paragraph with an auto link", Hello.Body, StringComparison.Ordinal);
        Assert.Equal("# Basics\n", Content.GetEntry<Article>("articles", "basics")!.Body);
    }

    [Fact]
    public void Html_has_tables_footnotes_task_lists_auto_links_heading_ids_and_raw_html()
    {
        var html = Hello.Html.ToString();

        Assert.Contains("<h2 id=\"section-one\">Section One</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"section-one-1\">Section One</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnotes\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com\">https://example.com</a>", html, StringComparison.Ordinal);
        Assert.Contains("<aside class=\"raw\">Raw HTML</aside>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_have_depth_github_slug_and_text()
    {
        var headings = Hello.Headings;

        Assert.Equal(
            [new ContentHeading(2, "section-one", "Section One"), new ContentHeading(3, "tasks--code", "Tasks & code"), new ContentHeading(2, "section-one-1", "Section One")],
            headings);
    }

    [Fact]
    public void Html_is_rendered_once_and_shared_across_threads()
    {
        var entry = Content.GetEntry<Article>("articles", "guides/getting-started")!;
        var results = new Microsoft.AspNetCore.Html.HtmlString[16];

        Parallel.For(0, results.Length, i => results[i] = entry.Html);

        Assert.All(results, html => Assert.Same(results[0], html));
        Assert.Equal("<p>Start here.</p>\n", results[0].ToString());
    }

    [Fact]
    public void Missing_entry_is_null()
    {
        Assert.Null(Content.GetEntry<Article>("articles", "nope"));
        Assert.Null(Content.GetEntry<Article>("articles", null));
        Assert.Null(Content.GetEntry<Article>("articles", "Hello")); // ids are lower-case; lookups are exact
    }

    [Fact]
    public void Unknown_collection_throws_with_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Content.GetCollection<Article>("posts"));

        Assert.Contains("[Collection(\"posts\")]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_demand_page_renders_the_entry()
    {
        var response = await server.Client.GetAsync("/articles/hello");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<h1>Hello, content</h1>\n<ul><li>2 section-one Section One</li><li>3 tasks--code Tasks &amp; code</li>", body, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"section-one\">Section One</h2>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_demand_page_redirects_a_missing_entry_to_404()
    {
        var response = await server.Client.GetAsync("/articles/nope");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/404", response.Headers.Location?.OriginalString);
    }
}
