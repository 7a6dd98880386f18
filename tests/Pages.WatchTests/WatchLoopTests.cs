using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Pages.WatchTests;

/// <summary>
/// The edit loop (issue 10): under <c>dotnet watch</c>, template and frontmatter edits reach the served HTML through
/// Hot Reload (same process), a content body edit shows without a rebuild, a template error is printed as
/// <c>file(line,col): error PAGE0xx</c> and the loop recovers once it is fixed, HTML responses carry the
/// browser-refresh script, and a page that throws names its <c>.page</c> file and line on the developer exception page. One dotnet watch serves the whole class; the tests run in order, each on its own file.
/// </summary>
[TestCaseOrderer("Pages.WatchTests.SourceOrderer", "Pages.WatchTests")]
public sealed partial class WatchLoopTests(WatchedSite site, ITestOutputHelper output) : IClassFixture<WatchedSite>
{
    // A bound that only separates "served" from "never served": the same process id is what proves Hot Reload (not a
    // restart) did it. An update takes well under a second once warm (benchmarks/edit-loop.sh measures it); the
    // first one of a session warms up the compiler's edit-and-continue service (14 s measured on a busy machine).
    private static readonly TimeSpan HotReloadBound = TimeSpan.FromSeconds(60);

    [Fact, Order(0)]
    public async Task A_page_that_throws_shows_the_developer_exception_page_with_the_page_file_and_line()
    {
        // Before any Hot Reload update: afterwards .NET prints the updated assembly's frames without line numbers.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Address, "/throws"));
        request.Headers.Accept.ParseAdd("text/plain");
        using HttpResponseMessage response = await site.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("at WatchSite.Pages.Page_throws.Render(HtmlWriter __w) in " + Path.Combine(site.Directory, "Pages", "throws.page") + ":line 6",
            body, StringComparison.Ordinal);
    }

    [Fact, Order(1)]
    public async Task Html_responses_carry_the_browser_refresh_script()
    {
        output.WriteLine($"dotnet watch: built and serving after {site.StartupTime.TotalSeconds:F1} s");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Address, "/"));
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.Add("Sec-Fetch-Dest", "document");
        using HttpResponseMessage response = await site.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h1>template-0</h1>", body, StringComparison.Ordinal);
        Assert.Matches(@"<script src=""/_framework/aspnetcore-browser-refresh\.js""></script></body>", body);
        Assert.DoesNotContain("Hosting startup assembly exception", site.Output, StringComparison.Ordinal);
    }

    [Fact, Order(2)]
    public async Task Template_and_frontmatter_edits_are_served_by_hot_reload_in_the_same_process()
    {
        string pid = await ProcessIdAsync();

        site.Write("Pages/index.page", site.Read("Pages/index.page").Replace("template-0", "template-1", StringComparison.Ordinal));
        TimeSpan template = await site.WaitUntilAsync("/", body => body.Contains("<h1>template-1</h1>", StringComparison.Ordinal), HotReloadBound);
        output.WriteLine($"template edit served after {template.TotalMilliseconds:F0} ms (first update of the session)");

        site.Write("Pages/index.page", site.Read("Pages/index.page").Replace("frontmatter-0", "frontmatter-1", StringComparison.Ordinal));
        TimeSpan frontmatter = await site.WaitUntilAsync("/", body => body.Contains("<p>frontmatter-1</p>", StringComparison.Ordinal), HotReloadBound);
        output.WriteLine($"frontmatter edit served after {frontmatter.TotalMilliseconds:F0} ms");

        site.Write("Pages/index.page", site.Read("Pages/index.page").Replace("template-1", "template-2", StringComparison.Ordinal));
        TimeSpan again = await site.WaitUntilAsync("/", body => body.Contains("<h1>template-2</h1>", StringComparison.Ordinal), HotReloadBound);
        output.WriteLine($"third edit served after {again.TotalMilliseconds:F0} ms");

        Assert.Equal(pid, await ProcessIdAsync());
    }

    [Fact, Order(3)]
    public async Task A_markdown_body_edit_is_served_without_a_rebuild()
    {
        string pid = await ProcessIdAsync();
        int builds = Builds();

        site.Write("Content/notes/hello.md", site.Read("Content/notes/hello.md").Replace("body-0", "body-1", StringComparison.Ordinal));
        TimeSpan elapsed = await site.WaitUntilAsync("/note", body => body.Contains("The body says body-1.", StringComparison.Ordinal), HotReloadBound);
        output.WriteLine($"Markdown body edit served after {elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal(pid, await ProcessIdAsync());
        Assert.Equal(builds, Builds());
    }

    [Fact, Order(4)]
    public async Task A_markdown_frontmatter_edit_is_served()
    {
        // The YAML is bound at build time (outside dotnet watch the generator reads it from the frontmatter file in
        // obj/), so this edit needs the generator to run again: it must reach the running site however dotnet watch
        // applies it.
        site.Write("Content/notes/hello.md", site.Read("Content/notes/hello.md").Replace("title: Hello", "title: Hello again", StringComparison.Ordinal));
        TimeSpan elapsed = await site.WaitUntilAsync("/note", body => body.Contains("<title>Hello again</title>", StringComparison.Ordinal), HotReloadBound);
        output.WriteLine($"Markdown frontmatter edit served after {elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact, Order(5)]
    public async Task A_template_error_is_printed_with_file_line_and_column_and_the_loop_recovers_once_fixed()
    {
        string pid = await ProcessIdAsync();
        string file = Path.Combine(site.Directory, "Pages", "editable.page");
        site.Write("Pages/editable.page", "<p>editable-1</p>\n<div>\n");
        var expected = new Regex(Regex.Escape(file) + @"\(2,1\): error PAGE002: ");
        await site.WaitForAsync(() => expected.IsMatch(site.Output), HotReloadBound, "the PAGE002 line");
        output.WriteLine(site.Output.Split('\n').First(line => line.Contains("PAGE002", StringComparison.Ordinal)));

        site.Write("Pages/editable.page", "<p>editable-2</p>\n");
        TimeSpan elapsed = await site.WaitUntilAsync("/editable", body => body.Contains("editable-2", StringComparison.Ordinal), HotReloadBound);
        output.WriteLine($"fixed page served after {elapsed.TotalMilliseconds:F0} ms");

        // The broken page kept its render method, so the error held the update back instead of forcing a restart.
        Assert.Equal(pid, await ProcessIdAsync());
    }

    private async Task<string> ProcessIdAsync()
    {
        string body = await site.Client.GetStringAsync(new Uri(site.Address, "/pid"));
        return PidPattern().Match(body).Groups[1].Value;
    }

    private int Builds() => Regex.Matches(site.Output, "Building ").Count;

    [GeneratedRegex(@"pid=(\d+)")]
    private static partial Regex PidPattern();
}
