using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

public class TemplateTextAndHoleTests
{
    [Theory]
    [InlineData("<!DOCTYPE html>\n<html></html>")]
    [InlineData("<!doctype HTML>\n")]
    [InlineData("a <!-- {not a hole} <p> --> b")]
    [InlineData("  two  spaces\n\n\ttab\r\n")]
    [InlineData("a < b, 3 <4, a@b.org, https://host/@user, @media screen, @word")]
    public void Text_is_kept_exactly_as_written(string template)
    {
        var nodes = Parse.Template(template);

        Assert.Equal(template, Parse.Flatten(nodes));
    }

    [Fact]
    public void Comment_and_doctype_stay_in_one_text_node()
    {
        var text = Assert.IsType<TextNode>(Assert.Single(Parse.Template("<!doctype html><!-- c -->x")));

        Assert.Equal("<!doctype html><!-- c -->x", text.Text);
    }

    [Fact]
    public void Hole_is_an_expression_with_code_span_inside_the_braces()
    {
        var nodes = Parse.Template("<p>Hi {  user.Name  }!</p>");

        var hole = Assert.IsType<ExpressionNode>(((ElementNode)nodes[0]).Children[1]);
        Assert.Equal("user.Name", hole.Code);
        Assert.Null(hole.Format);
        Assert.False(hole.HasAwait);
        Assert.Equal((1, 7, 1, 22), (hole.Span.Line, hole.Span.Column, hole.Span.EndLine, hole.Span.EndColumn));
        Assert.Equal((1, 10, 1, 19), (hole.CodeSpan.Line, hole.CodeSpan.Column, hole.CodeSpan.EndLine, hole.CodeSpan.EndColumn));
    }

    [Theory]
    [InlineData("{price:C}", "price", "C")]
    [InlineData("{date:yyyy-MM-dd}", "date", "yyyy-MM-dd")]
    [InlineData("{time:HH:mm}", "time", "HH:mm")]
    [InlineData("{global::System.DateTime.Now}", "global::System.DateTime.Now", null)]
    [InlineData("{(a ? b : c)}", "(a ? b : c)", null)]
    [InlineData("{F(x: 1, y: 2):N2}", "F(x: 1, y: 2)", "N2")]
    [InlineData("{$\"{a:N2} and {b}\"}", "$\"{a:N2} and {b}\"", null)]
    [InlineData("{new { A = 1 }.A}", "new { A = 1 }.A", null)]
    [InlineData("{x switch { 1 => \"}\", _ => \"{\" }}", "x switch { 1 => \"}\", _ => \"{\" }", null)]
    [InlineData("{'}'}", "'}'", null)]
    [InlineData("{@\"a\"\"}\"}", "@\"a\"\"}\"", null)]
    [InlineData("{$@\"{x}}}\"}", "$@\"{x}}}\"", null)]
    [InlineData("{\"\"\"a \"} b\"\"\"}", "\"\"\"a \"} b\"\"\"", null)]
    [InlineData("{$$\"\"\"{{x}} {y}\"\"\"}", "$$\"\"\"{{x}} {y}\"\"\"", null)]
    [InlineData("{a /* } */ + b // }\n}", "a /* } */ + b // }", null)]
    public void Hole_finds_its_closing_brace_and_format(string template, string code, string? format)
    {
        var hole = Assert.IsType<ExpressionNode>(Assert.Single(Parse.Template(template)));

        Assert.Equal(code, hole.Code);
        Assert.Equal(format, hole.Format);
    }

    [Fact]
    public void Conditional_without_parentheses_takes_the_part_after_the_colon_as_format()
    {
        // SPEC §2.2: as in C# interpolation, parenthesize a conditional.
        var hole = Assert.IsType<ExpressionNode>(Assert.Single(Parse.Template("{a ? b : c}")));

        Assert.Equal("a ? b", hole.Code);
        Assert.Equal(" c", hole.Format);
    }

    [Theory]
    [InlineData("{await LoadAsync()}", true)]
    [InlineData("{(await x).Name}", true)]
    [InlineData("{xs.Select(async x => await F(x))}", false)]
    [InlineData("{awaited}", false)]
    [InlineData("{\"await\"}", false)]
    public void Hole_knows_whether_it_awaits(string template, bool expected)
        => Assert.Equal(expected, Assert.IsType<ExpressionNode>(Assert.Single(Parse.Template(template))).HasAwait);

    [Fact]
    public void Comment_hole_writes_nothing()
    {
        var nodes = Parse.Template("a{/* note } */}b{ // line\n}c");

        Assert.Equal(new[] { "a", "b", "c" }, nodes.Cast<TextNode>().Select(t => t.Text));
    }

    [Fact]
    public void Escaped_braces_are_text_or_string_holes()
    {
        var nodes = Parse.Template("&#123;{\"{\"}&#125;");

        Assert.Equal("&#123;", ((TextNode)nodes[0]).Text);
        Assert.Equal("\"{\"", ((ExpressionNode)nodes[1]).Code);
        Assert.Equal("&#125;", ((TextNode)nodes[2]).Text);
    }
}
