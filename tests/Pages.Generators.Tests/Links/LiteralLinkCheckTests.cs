using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Links;

/// <summary>
/// The build-time check of literal links (docs/routing.md#checked-links): a root-relative <c>href</c>, <c>src</c> or
/// <c>action</c> that reaches no route, endpoint or web root file is PAGE050 at the attribute value.
/// </summary>
public class LiteralLinkCheckTests
{
    private const string Endpoint = """
        namespace App.Pages.Api;
        [global::Pages.Endpoint]
        public static class Ping
        {
            public static IResult Get(global::Pages.EndpointContext context) => Results.Ok();
        }
        """;

    private static readonly (string Path, string Text)[] s_routes =
    [
        ("Pages/index.page", "<h1>Home</h1>"),
        ("Pages/about.page", "<h1>About</h1>"),
        ("Pages/blog/[slug].page", "---\nconst bool Prerender = false;\n---\n<h1>post</h1>"),
        ("Pages/docs/[...path].page", "---\nconst bool Prerender = false;\n---\n<h1>docs</h1>"),
    ];

    private static ImmutableArray<Diagnostic> Check(string template, Dictionary<string, string>? properties = null, IEnumerable<MetadataReference>? references = null)
    {
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Endpoint, new CSharpParseOptions(LanguageVersion.Preview), GeneratorHarness.ProjectDir + "Pages/api/ping.cs"));
        if (references is not null)
        {
            compilation = compilation.AddReferences(references);
        }

        var texts = s_routes.Select(p => GeneratorHarness.Page(p.Path, p.Text))
            .Append(GeneratorHarness.Page("Pages/links.page", template))
            .Append(GeneratorHarness.Page("wwwroot/css/site.css", "body {}"))
            .Append(GeneratorHarness.Page("wwwroot/guide/index.html", "<p>guide</p>"));
        GeneratorHarness.CreateDriver(texts, properties).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics;
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_link_value_across_a_line_end_ends_where_Roslyn_counts_it(string lineEnd)
    {
        // Found by the generator fuzz run: a U+2028 inside the value put the span's end on the wrong line.
        var diagnostic = Assert.Single(Check($"<img src=\"/css/si{lineEnd}te.css\">"));
        Assert.Equal("PAGE050", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((0, 10), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((1, 6), (span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void A_link_to_a_missing_route_is_PAGE050_at_the_attribute_value()
    {
        var diagnostic = Assert.Single(Check("<nav>\n  <a class=\"x\" href=\"/abut\">About</a>\n</nav>"));
        Assert.Equal("PAGE050", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "Pages/links.page", span.Path);
        Assert.Equal((1, 21), (span.StartLinePosition.Line, span.StartLinePosition.Character)); // line 2, column 22: '/abut'
        Assert.Equal((1, 26), (span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Contains("'/abut'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src='/logo.png'>", 0, 10)]
    [InlineData("<form action=/serch method=post></form>", 0, 13)]
    [InlineData("<p>\n@if (true) {\n  <a\n    href = \"/missing?x=1#top\">x</a>\n}\n</p>", 3, 12)]
    public void Src_action_and_links_inside_blocks_are_checked_at_their_value(string template, int line, int character)
    {
        var diagnostic = Assert.Single(Check(template));
        Assert.Equal("PAGE050", diagnostic.Id);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, character), (start.Line, start.Character));
    }

    [Theory]
    [InlineData("<a href=\"/\">home</a>")]
    [InlineData("<a href=\"/about\">about</a>")]
    [InlineData("<a href=\"/About/\">about, any case, trailing slash</a>")]
    [InlineData("<a href=\"/about?tab=team#people\">query and fragment ignored</a>")]
    [InlineData("<a href=\"/blog/hello%20world\">a param route</a>")]
    [InlineData("<a href=\"/docs\">a rest route at its prefix</a>")]
    [InlineData("<a href=\"/docs/a/b/c\">a rest route</a>")]
    [InlineData("<a href=\"/api/ping\">an endpoint</a>")]
    [InlineData("<link rel=\"stylesheet\" href=\"/css/site.css\">")]
    [InlineData("<a href=\"/guide/\">a web root folder's index.html</a>")]
    [InlineData("<a href=\"https://example.com/abut\">external</a>")]
    [InlineData("<a href=\"//cdn.example.com/x.js\">protocol-relative</a>")]
    [InlineData("<a href=\"mailto:me@example.com\">mail</a>")]
    [InlineData("<a href=\"abut\">relative</a>")]
    [InlineData("<a href=\"#top\">fragment only</a>")]
    [InlineData("<a href={\"/abut\"}>an expression is C#'s to check</a>")]
    [InlineData("<Card href=\"/abut\" />")]
    public void Links_that_reach_a_route_an_endpoint_or_a_web_root_file_or_are_not_root_relative_give_no_warning(string template)
        => Assert.Empty(Check(template));

    [Fact]
    public void A_web_root_file_is_matched_case_sensitively_as_the_server_serves_it()
        => Assert.Equal("PAGE050", Assert.Single(Check("<link href=\"/CSS/site.css\">")).Id);

    [Fact]
    public void A_link_to_a_route_of_a_referenced_library_gives_no_warning()
    {
        var library = GeneratorHarness.BuildLibrary("Admin", ("Pages/admin/[id].page", "---\nconst bool Prerender = false;\n---\n<p/>"));
        Assert.Empty(Check("<a href=\"/admin/7\">user</a>", references: [library]));
        Assert.Single(Check("<a href=\"/admin/7\">user</a>"));
    }

    [Fact]
    public void A_library_checks_no_links_unless_PagesBrokenLinks_asks_it_to()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.OutputType"] = "Library";
        Assert.Empty(Check("<a href=\"/abut\">x</a>", properties));

        properties["build_property.PagesBrokenLinks"] = "warning";
        Assert.Equal("PAGE050", Assert.Single(Check("<a href=\"/abut\">x</a>", properties)).Id);
    }

    [Fact]
    public void PagesBrokenLinks_error_makes_PAGE050_an_error_and_none_turns_it_off()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesBrokenLinks"] = "error";
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Check("<a href=\"/abut\">x</a>", properties)).Severity);

        properties["build_property.PagesBrokenLinks"] = "none";
        Assert.Empty(Check("<a href=\"/abut\">x</a>", properties));
    }
}
