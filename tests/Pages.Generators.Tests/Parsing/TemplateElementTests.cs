using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

public class TemplateElementTests
{
    [Fact]
    public void Element_keeps_its_raw_start_and_end_tag_text()
    {
        var element = Assert.IsType<ElementNode>(Assert.Single(Parse.Template("<DIV  id=\"a\"\n  >x</div\n>")));

        Assert.Equal("DIV", element.NameText);
        Assert.Equal("div", element.Name);
        Assert.Equal("  ", element.Attributes[0].LeadingWhitespace);
        Assert.Equal("\n  >", element.StartTagEnd);
        Assert.Equal("</div\n>", element.EndTag);
        Assert.Equal("x", ((TextNode)element.Children[0]).Text);
        Assert.Equal((1, 1, 3, 2), (element.Span.Line, element.Span.Column, element.Span.EndLine, element.Span.EndColumn));
    }

    [Theory]
    [InlineData("<br>", ">")]
    [InlineData("<BR>", ">")]
    [InlineData("<img src=a.png alt=\"\">", ">")]
    [InlineData("<hr/>", "/>")]
    [InlineData("<input disabled />", " />")]
    public void Void_elements_need_no_end_tag(string template, string startTagEnd)
    {
        var element = Assert.IsType<ElementNode>(Assert.Single(Parse.Template(template)));

        Assert.Equal(startTagEnd, element.StartTagEnd);
        Assert.Null(element.EndTag);
        Assert.Empty(element.Children);
    }

    [Fact]
    public void Any_element_may_self_close()
    {
        var element = Assert.IsType<ElementNode>(Assert.Single(Parse.Template("<div class=\"x\" />")));

        Assert.Equal(" />", element.StartTagEnd);
        Assert.Null(element.EndTag);
    }

    [Fact]
    public void Literal_attributes_in_all_html_forms()
    {
        var element = (ElementNode)Parse.Template("<input type=\"text\" name='q' value=plain required data-x = \"1\">")[0];

        var attributes = element.Attributes.Cast<LiteralAttribute>().ToList();
        Assert.Equal(
            new (string, string?, string, string)[]
            {
                ("type", "text", "type=\"text\"", " "),
                ("name", "q", "name='q'", " "),
                ("value", "plain", "value=plain", " "),
                ("required", null, "required", " "),
                ("data-x", "1", "data-x = \"1\"", " "),
            },
            attributes.Select(a => (a.Name, a.Value, a.RawText, a.LeadingWhitespace)));
    }

    [Fact]
    public void Quoted_values_are_literal_even_with_braces()
    {
        var element = (ElementNode)Parse.Template("<a title=\"{x}\" data-y='}'></a>")[0];

        Assert.Equal("{x}", Assert.IsType<LiteralAttribute>(element.Attributes[0]).Value);
        Assert.Equal("}", Assert.IsType<LiteralAttribute>(element.Attributes[1]).Value);
    }

    [Fact]
    public void Expression_attribute_with_format()
    {
        var element = (ElementNode)Parse.Template("<a href={url} title={price:C}></a>")[0];

        var href = Assert.IsType<ExpressionAttribute>(element.Attributes[0]);
        Assert.Equal(("href", "url", (string?)null), (href.Name, href.Code, href.Format));
        Assert.Equal((1, 10), (href.CodeSpan.Line, href.CodeSpan.Column));
        var title = Assert.IsType<ExpressionAttribute>(element.Attributes[1]);
        Assert.Equal(("title", "price", "C"), (title.Name, title.Code, title.Format));
        Assert.Equal((1, 15, 1, 30), (title.Span.Line, title.Span.Column, title.Span.EndLine, title.Span.EndColumn));
    }

    [Fact]
    public void Spread_and_directive_attributes()
    {
        var element = (ElementNode)Parse.Template("<div {...attrs} class:list={new object?[] { a, (\"b\", c) }} set:html={html}></div>")[0];

        var spread = Assert.IsType<SpreadAttribute>(element.Attributes[0]);
        Assert.Equal("attrs", spread.Code);
        Assert.Equal((1, 10), (spread.CodeSpan.Line, spread.CodeSpan.Column));
        var classList = Assert.IsType<DirectiveAttribute>(element.Attributes[1]);
        Assert.Equal(("class:list", "new object?[] { a, (\"b\", c) }"), (classList.Directive, classList.Code));
        var setHtml = Assert.IsType<DirectiveAttribute>(element.Attributes[2]);
        Assert.Equal(("set:html", "html"), (setHtml.Directive, setHtml.Code));
    }

    [Fact]
    public void Set_text_with_only_whitespace_inside_has_no_children()
    {
        var element = (ElementNode)Parse.Template("<p set:text={t}>\n</p>")[0];

        Assert.Empty(element.Children);
    }

    [Theory]
    [InlineData("script", "if (a < b) { x = {y}; } // </div>")]
    [InlineData("style", "@media (min-width: 1px) { a { color: red } }")]
    [InlineData("SCRIPT", "const s = \"</scripts>\";")]
    public void Script_and_style_content_is_raw_text(string name, string content)
    {
        var element = (ElementNode)Parse.Template($"<{name} type=\"x\">{content}</{name.ToLowerInvariant()} >")[0];

        Assert.Equal(content, Assert.IsType<TextNode>(Assert.Single(element.Children)).Text);
        Assert.Equal($"</{name.ToLowerInvariant()} >", element.EndTag);
    }

    [Fact]
    public void Nested_elements_and_text_keep_whitespace()
    {
        const string template = "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n";

        Assert.Equal(template, Parse.Flatten(Parse.Template(template)));
    }
}
