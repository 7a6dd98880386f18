using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

/// <summary>Lines and columns as Roslyn counts them: UTF-16 code units, a tab is one column; CRLF and a BOM change nothing.</summary>
public class PositionTests
{
    private const string Page = "---\nvar n = 1;\n---\n<ul>\n\t<li>{n}</li>\n</ul>\n";

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Hole_position_is_the_same_with_crlf_and_bom(bool crlf, bool bom)
    {
        var text = (bom ? "\uFEFF" : "") + (crlf ? Page.Replace("\n", "\r\n") : Page);

        var page = Parse.Page(text);

        Assert.Empty(page.Diagnostics);
        var ul = (ElementNode)page.Template[0];
        var li = (ElementNode)ul.Children[1];
        var hole = (ExpressionNode)li.Children[0];
        Assert.Equal((5, 6, 5, 9), (hole.Span.Line, hole.Span.Column, hole.Span.EndLine, hole.Span.EndColumn));
        Assert.Equal((5, 7), (hole.CodeSpan.Line, hole.CodeSpan.Column));
        var statement = page.Frontmatter.Statements[0];
        Assert.Equal((2, 1), (statement.Span.Line, statement.Span.Column));
        Assert.Equal((4, 1), (ul.Span.Line, ul.Span.Column));
    }

    [Fact]
    public void Offsets_count_the_bom_but_columns_do_not()
    {
        var page = Parse.Page("\uFEFF<p>{x}</p>");

        var p = (ElementNode)Assert.Single(page.Template);
        Assert.Equal(1, p.Span.Start);
        Assert.Equal((1, 1), (p.Span.Line, p.Span.Column));
        Assert.Equal((1, 4), (((ExpressionNode)p.Children[0]).Span.Line, ((ExpressionNode)p.Children[0]).Span.Column));
    }

    [Fact]
    public void Bom_is_not_template_text()
        => Assert.Equal("<br>", Parse.Flatten(Parse.Template("\uFEFF<br>")));

    [Fact]
    public void Missing_frontmatter_end_with_bom_is_still_at_1_1()
        => Parse.AssertAt(Parse.SingleDiagnostic("\uFEFF---\r\nvar x = 1;\r\n"), "PAGE001", 1, 1);

    [Fact]
    public void Diagnostic_after_crlf_lines_and_tabs_is_at_the_right_column()
        => Parse.AssertAt(Parse.SingleDiagnostic("---\r\nvar x = 1;\r\n---\r\n<div>\r\n\t\t<p>{}</p>\r\n</div>"), "PAGE006", 5, 6);

    [Fact]
    public void Surrogate_pairs_count_as_two_columns()
        => Parse.AssertAt(Parse.SingleDiagnostic("😀😀{}"), "PAGE006", 1, 5);
}
