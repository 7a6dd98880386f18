using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

public class FrontmatterSplitterTests
{
    [Fact]
    public void Page_without_dashes_has_empty_frontmatter_and_all_template()
    {
        var page = Parse.Page("<h1>Hi</h1>\n");

        Assert.Same(FrontmatterSyntax.Empty, page.Frontmatter);
        Assert.Equal("<h1>Hi</h1>\n", Parse.Flatten(page.Template));
    }

    [Fact]
    public void Template_starts_after_the_closing_line_and_its_line_end()
    {
        var page = Parse.Page("---\nvar x = 1;\n---  \n<p>{x}</p>");

        var element = Assert.IsType<ElementNode>(Assert.Single(page.Template));
        Assert.Equal((4, 1), (element.Span.Line, element.Span.Column));
    }

    [Fact]
    public void Delimiter_lines_may_have_trailing_whitespace_but_nothing_else()
    {
        var page = Parse.Page("--- \t\nvar a = 1;\n--- x\nvar b = 2;\n---\n<p/>");

        Assert.Contains(page.Frontmatter.Statements, s => s.Text == "var b = 2;");
        Assert.Equal("<p/>", Parse.Flatten(page.Template));
    }

    [Fact]
    public void A_using_knows_its_alias_or_imported_namespace_from_the_syntax()
    {
        var fm = Parse.Frontmatter("""
            ---
            using System . Text;
            using @Card = MyApp.Components.Card;
            using   Shell=MyApp.Layouts.Main ;
            using static System.Math;
            global using MyApp.Shared;
            var x = 1;
            ---
            """);

        Assert.Equal(
            new (string?, string?)[] { (null, "System.Text"), ("Card", null), ("Shell", null), (null, null), (null, null) },
            fm.Usings.Select(u => (u.Alias, u.Namespace)));
    }

    [Fact]
    public void Usings_types_members_and_statements_are_split_by_modifiers_in_source_order()
    {
        var fm = Parse.Frontmatter("""
            ---
            using System.Text;
            using Layout = MyApp.Layouts.Main;
            record Props(string Title);
            public enum Color { Red }
            var product = await Store.FindAsync(Params["id"]);
            int n = 3;
            public int Count { get; set; }
            private static string Shout(string s) => s.ToUpper();
            const int Max = 10;
            string Greet(string name) => $"Hi {name}";
            if (product is null) return NotFound();
            ---
            <p>{n}</p>
            """);

        Assert.Equal(new[] { "using System.Text;", "using Layout = MyApp.Layouts.Main;" }, fm.Usings.Select(u => u.Text));
        Assert.Equal(new[] { ("Props", true), ("Color", false) }, fm.Types.Select(t => (t.Name, t.NeedsPublic)));
        Assert.Equal(
            new[] { "public int Count { get; set; }", "private static string Shout(string s) => s.ToUpper();", "const int Max = 10;" },
            fm.Members.Select(m => m.Text));
        Assert.Equal(
            new[]
            {
                "var product = await Store.FindAsync(Params[\"id\"]);",
                "int n = 3;",
                "string Greet(string name) => $\"Hi {name}\";",
                "if (product is null) return NotFound();",
            },
            fm.Statements.Select(s => s.Text));
        Assert.True(fm.HasProps);
        Assert.True(fm.StatementsHaveAwait);
        Assert.False(fm.HasGetStaticPaths);
        Assert.Null(fm.Prerender);
        Assert.Null(fm.Buffer);
    }

    [Fact]
    public void Chunk_spans_are_positions_in_the_page_file()
    {
        var fm = Parse.Frontmatter("---\nusing System;\n\n  var x = 1; // note\n---\n");

        var statement = Assert.Single(fm.Statements);
        Assert.Equal("var x = 1;", statement.Text);
        Assert.Equal((4, 3, 4, 13), (statement.Span.Line, statement.Span.Column, statement.Span.EndLine, statement.Span.EndColumn));
        Assert.Equal(21, statement.Span.Start);
        Assert.Equal((2, 1), (fm.Usings[0].Span.Line, fm.Usings[0].Span.Column));
    }

    [Fact]
    public void Frontmatter_span_covers_the_block_from_the_opening_to_the_closing_dashes()
    {
        var fm = Parse.Frontmatter("---\nvar x = 1;\n---\n<p/>");

        Assert.Equal((1, 1, 3, 4), (fm.Span.Line, fm.Span.Column, fm.Span.EndLine, fm.Span.EndColumn));
    }

    [Theory]
    [InlineData("public const bool Prerender = true;", true)]
    [InlineData("public const bool Prerender = false;", false)]
    public void Prerender_literal_is_consumed_not_a_member(string line, bool expected)
    {
        var fm = Parse.Frontmatter($"---\n{line}\npublic int X = 1;\n---\n");

        Assert.Equal(expected, fm.Prerender);
        Assert.Equal(new[] { "public int X = 1;" }, fm.Members.Select(m => m.Text));
    }

    [Fact]
    public void Non_literal_Prerender_reports_PAGE018_at_the_declaration()
    {
        var diagnostic = Parse.SingleDiagnostic("---\nusing X;\n  public const bool Prerender = !false;\n---\n<p/>");

        Parse.AssertAt(diagnostic, "PAGE018", 3, 3);
        Assert.Equal("Prerender", diagnostic.Arguments[0]);
    }

    [Fact]
    public void Buffer_literal_sets_Buffer_and_stays_a_member()
    {
        var fm = Parse.Frontmatter("---\npublic const bool Buffer = true;\n---\n");

        Assert.True(fm.Buffer);
        Assert.Equal(new[] { "public const bool Buffer = true;" }, fm.Members.Select(m => m.Text));
    }

    [Fact]
    public void Antiforgery_literal_sets_Antiforgery_and_stays_a_member()
    {
        var fm = Parse.Frontmatter("---\npublic const bool Antiforgery = false;\n---\n");

        Assert.False(fm.Antiforgery);
        Assert.Equal(new[] { "public const bool Antiforgery = false;" }, fm.Members.Select(m => m.Text));
        Assert.Null(Parse.Frontmatter("---\nvar x = 1;\n---\n").Antiforgery);
    }

    [Fact]
    public void Non_literal_Antiforgery_reports_PAGE018_at_the_declaration()
    {
        var diagnostic = Parse.SingleDiagnostic("---\npublic const bool Antiforgery = 1 > 2;\n---\n<p/>");

        Parse.AssertAt(diagnostic, "PAGE018", 2, 1);
        Assert.Equal("Antiforgery", diagnostic.Arguments[0]);
    }

    [Fact]
    public void GetStaticPaths_member_is_detected()
    {
        var fm = Parse.Frontmatter("""
            ---
            record Props(string Title);
            public static IEnumerable<StaticPath<Props>> GetStaticPaths() => [];
            ---
            """);

        Assert.True(fm.HasGetStaticPaths);
        Assert.True(fm.HasProps);
        Assert.Empty(fm.Statements);
    }

    [Theory]
    [InlineData("await foreach (var x in Xs()) { }")]
    [InlineData("await using var r = Open();")]
    [InlineData("Task<int> Load() => Task.FromResult(1);\nvar y = await Load();")]
    public void Await_in_statements_is_detected(string code)
        => Assert.True(Parse.Frontmatter($"---\n{code}\n---\n").StatementsHaveAwait);

    [Fact]
    public void Misplaced_using_is_kept_in_a_chunk_for_the_compiler_to_report()
    {
        var fm = Parse.Frontmatter("---\nvar x = 1;\nusing System;\n---\n");

        Assert.Contains(fm.Statements, s => s.Text.Contains("using System;"));
    }

    [Fact]
    public void Await_using_declaration_is_a_statement()
    {
        var fm = Parse.Frontmatter("---\nusing System.IO;\nawait using var r = Open();\nvar n = 1;\n---\n");

        Assert.Equal(new[] { "using System.IO;" }, fm.Usings.Select(u => u.Text));
        Assert.Equal(new[] { "await using var r = Open();", "var n = 1;" }, fm.Statements.Select(s => s.Text));
        Assert.Equal((3, 1), (fm.Statements[0].Span.Line, fm.Statements[0].Span.Column));
    }

    [Fact]
    public void Statements_without_await_are_synchronous()
        => Assert.False(Parse.Frontmatter("---\nvar awaited = 1;\npublic async Task F() => await G();\n---\n").StatementsHaveAwait);

    [Fact]
    public void Broken_CSharp_is_carried_as_text_without_diagnostics()
    {
        var page = Parse.Page("---\nvar x = ;\nif (x {\n---\n<p/>");

        Assert.Empty(page.Diagnostics);
        Assert.NotEmpty(page.Frontmatter.Statements);
        Assert.Single(page.Template);
    }

    [Fact]
    public void Missing_closing_dashes_reports_PAGE001_at_1_1()
    {
        var diagnostic = Parse.SingleDiagnostic("---\nvar x = 1;\n<p>{x}</p>\n");

        Parse.AssertAt(diagnostic, "PAGE001", 1, 1);
        Assert.Empty(Parse.Page("---\nvar x = 1;\n").Template);
    }

    [Fact]
    public void Empty_frontmatter_is_allowed()
    {
        var page = Parse.Page("---\n---\n<p/>");

        Assert.Empty(page.Diagnostics);
        Assert.Empty(page.Frontmatter.Statements);
        Assert.Equal("<p/>", Parse.Flatten(page.Template));
    }
}
