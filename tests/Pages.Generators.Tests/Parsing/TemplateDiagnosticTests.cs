using Xunit;
namespace Pages.Generators.Tests.Parsing;

/// <summary>Each malformed page gives exactly one diagnostic, at the first character of the offending construct.</summary>
public class TemplateDiagnosticTests
{
    [Fact]
    public void Div_left_open_when_its_parent_closes_reports_PAGE003_at_the_parent_end_tag()
        => Parse.AssertAt(Parse.SingleDiagnostic("<main>\n  <div class=\"a\">\n    text\n</main>"), "PAGE003", 4, 1);

    [Fact]
    public void Unclosed_div_reports_PAGE002_at_its_lt()
    {
        var diagnostic = Parse.SingleDiagnostic("<p>ok</p>\n  <div>\n  text\n");

        Parse.AssertAt(diagnostic, "PAGE002", 2, 3);
        Assert.Equal("div", diagnostic.Arguments[0]);
    }

    [Fact]
    public void Element_left_open_inside_an_if_block_reports_PAGE002_at_the_element()
        => Parse.AssertAt(Parse.SingleDiagnostic("@if (a) {\n  <p>x\n}"), "PAGE002", 2, 3);

    [Fact]
    public void Misnested_end_tag_reports_PAGE003_at_the_end_tag()
    {
        var diagnostic = Parse.SingleDiagnostic("<b><i>x</b></i>");

        Parse.AssertAt(diagnostic, "PAGE003", 1, 8);
        Assert.Equal(new[] { "b", "i" }, diagnostic.Arguments);
    }

    [Fact]
    public void End_tag_with_nothing_open_reports_PAGE004()
        => Parse.AssertAt(Parse.SingleDiagnostic("<p>a</p>\n  </div>"), "PAGE004", 2, 3);

    [Fact]
    public void Unclosed_hole_reports_PAGE005_at_its_brace()
        => Parse.AssertAt(Parse.SingleDiagnostic("<p>\n  x {user.Name\n</p>"), "PAGE005", 2, 5);

    [Fact]
    public void Unclosed_attribute_hole_reports_PAGE005_at_its_brace()
        => Parse.AssertAt(Parse.SingleDiagnostic("<a href={url>x</a>"), "PAGE005", 1, 9);

    [Theory]
    [InlineData("a {} b", 1, 3)]
    [InlineData("a\n{   }", 2, 1)]
    [InlineData("<a href={ }></a>", 1, 9)]
    [InlineData("{:C}", 1, 1)]
    public void Empty_hole_reports_PAGE006(string template, int line, int column)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE006", line, column);

    [Fact]
    public void Misspelled_directive_reports_PAGE007_at_the_at_sign()
    {
        var diagnostic = Parse.SingleDiagnostic("<ul>\n  @forech (var x in xs) {\n  }\n</ul>");

        Parse.AssertAt(diagnostic, "PAGE007", 2, 3);
        Assert.Equal("forech", diagnostic.Arguments[0]);
    }

    [Theory]
    [InlineData("@if (a) <p>x</p>")]
    [InlineData("@if (a <p>x</p>")]
    [InlineData("@foreach () {x}")]
    public void If_without_a_block_reports_PAGE008_at_the_at_sign(string template)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE008", 1, 1);

    [Fact]
    public void Unclosed_if_block_reports_PAGE009_at_the_at_sign()
        => Parse.AssertAt(Parse.SingleDiagnostic("<p>a</p>\n@if (a) {\n  <p>x</p>\n"), "PAGE009", 2, 1);

    [Fact]
    public void Block_closed_by_an_outer_end_tag_reports_PAGE009()
        => Parse.AssertAt(Parse.SingleDiagnostic("<ul>\n  @foreach (var x in xs) {\n    <li>{x}</li>\n</ul>"), "PAGE009", 2, 3);

    [Theory]
    [InlineData("<p>x</p>\n  else {\n  y\n", 2, 3)]
    [InlineData("@foreach (var x in xs) {x} else {y}", 1, 28)]
    [InlineData("@if (a) {x} else {y}\nelse {z}", 2, 1)]
    [InlineData("  else if (b) {x}", 1, 3)]
    public void Else_without_if_reports_PAGE010_at_the_else(string template, int line, int column)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE010", line, column);

    [Theory]
    [InlineData("<p>a } b</p>", 1, 6)]
    [InlineData("x\n}", 2, 1)]
    public void Stray_closing_brace_reports_PAGE011(string template, int line, int column)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE011", line, column);

    [Fact]
    public void Markup_before_the_first_switch_label_reports_PAGE012()
        => Parse.AssertAt(Parse.SingleDiagnostic("@switch (x) {\n  <p>a</p>\n  case 1: b\n}"), "PAGE012", 2, 3);

    [Fact]
    public void Case_label_without_colon_reports_PAGE012()
        => Parse.AssertAt(Parse.SingleDiagnostic("@switch (x) {\n  case 1 <p>a</p>\n}"), "PAGE012", 2, 3);

    [Theory]
    [InlineData("<p>ok</p><div class=\"a\"", 1, 10)]
    [InlineData("<div class=\"a>x</div>", 1, 6)]
    [InlineData("<div\n  id='a>x</div>", 2, 3)]
    [InlineData("<a href=>x</a>", 1, 4)]
    [InlineData("<input type=\"text\"\n       name=\"q\"\n       \"x\">", 3, 8)]
    [InlineData("<img src=\"a.png\" alt=>", 1, 18)]
    [InlineData("<p>x</p\n", 1, 5)]
    [InlineData("<div {x}></div>", 1, 6)]
    public void Malformed_tag_reports_PAGE013(string template, int line, int column)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE013", line, column);

    [Fact]
    public void Unclosed_comment_reports_PAGE017_at_its_lt()
        => Parse.AssertAt(Parse.SingleDiagnostic("<p>a</p>\n  <!-- todo\n<p>b</p>"), "PAGE017", 2, 3);

    [Theory]
    [InlineData("<p>a<br></br></p>", 1, 9)]
    [InlineData("<img src=x></IMG>", 1, 12)]
    public void End_tag_of_a_void_element_reports_PAGE019(string template, int line, int column)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE019", line, column);

    [Fact]
    public void Set_html_with_children_reports_PAGE020_at_the_element()
    {
        var diagnostic = Parse.SingleDiagnostic("<div>\n  <p set:html={html}>text</p>\n</div>");

        Parse.AssertAt(diagnostic, "PAGE020", 2, 3);
        Assert.Equal(new[] { "p", "set:html" }, diagnostic.Arguments);
    }

    [Fact]
    public void Slot_name_must_be_literal()
        => Parse.AssertAt(Parse.SingleDiagnostic("<slot name={n} />"), "PAGE022", 1, 7);

    [Fact]
    public void First_error_stops_the_template_without_cascade()
    {
        var page = Parse.Page("<div>\n  <p>{}</p>\n  </span>\n  }\n");

        Parse.AssertAt(Assert.Single(page.Diagnostics), "PAGE006", 2, 6);
        Assert.Empty(page.Template);
    }

    [Fact]
    public void Frontmatter_diagnostic_and_template_error_are_one_each()
    {
        var page = Parse.Page("---\npublic const bool Prerender = Compute();\n---\n<p>{}</p>");

        Assert.Equal(new[] { "PAGE018", "PAGE006" }, page.Diagnostics.Select(d => d.Id));
    }
}
