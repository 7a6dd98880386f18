using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

public class TemplateComponentTests
{
    [Fact]
    public void Capitalized_tag_is_a_component_with_attributes_and_children()
    {
        var component = Assert.IsType<ComponentNode>(Assert.Single(Parse.Template("<Card Title=\"Hi\" Count={3} Open>\n  <p>body</p>\n  <p slot=\"footer\">f</p>\n</Card>")));

        Assert.Equal("Card", component.Name);
        Assert.Equal(new[] { "Title", "Count", "Open" }, component.Attributes.Select(a => a switch
        {
            LiteralAttribute l => l.Name,
            ExpressionAttribute e => e.Name,
            _ => "?",
        }));
        Assert.Equal(2, component.Children.OfType<ElementNode>().Count());
    }

    [Fact]
    public void Dotted_component_self_closes()
    {
        var component = Assert.IsType<ComponentNode>(Assert.Single(Parse.Template("<Ui.Card Title={t} />")));

        Assert.Equal("Ui.Card", component.Name);
        Assert.Empty(component.Children);
    }

    [Theory]
    [InlineData("<Link Href=\"/\">home</Link>", "Link")]
    [InlineData("<Input>x</Input>", "Input")]
    [InlineData("<NAVBAR>x</NAVBAR>", "NAVBAR")]
    public void Capitalized_names_of_void_html_elements_are_components(string template, string name)
        => Assert.Equal(name, Assert.IsType<ComponentNode>(Assert.Single(Parse.Template(template))).Name);

    [Fact]
    public void All_caps_html_names_are_elements()
        => Assert.Equal("div", Assert.IsType<ElementNode>(Assert.Single(Parse.Template("<DIV><BR></DIV>"))).Name);

    [Fact]
    public void Component_end_tag_is_case_sensitive()
        => Parse.AssertAt(Parse.SingleDiagnostic("<Card>x</card>"), "PAGE003", 1, 8);

    [Fact]
    public void Slots_take_a_literal_name_and_fallback()
    {
        var nodes = Parse.Template("<slot /><slot name=\"footer\">fallback</slot>");

        var first = Assert.IsType<SlotNode>(nodes[0]);
        Assert.Null(first.Name);
        Assert.Empty(first.Fallback);
        var second = Assert.IsType<SlotNode>(nodes[1]);
        Assert.Equal("footer", second.Name);
        Assert.Equal("fallback", ((TextNode)second.Fallback[0]).Text);
    }

    [Fact]
    public void Slot_with_a_slot_attribute_inside_a_component_is_forwarded()
    {
        var child = Assert.IsType<ComponentNode>(Assert.Single(Parse.Template("<Child><slot name=\"title\" slot=\"heading\">none</slot></Child>")));

        var slot = Assert.IsType<SlotNode>(Assert.Single(child.Children));
        Assert.Equal("title", slot.Name);
        Assert.Equal("heading", slot.ForwardAs);
        Assert.Equal((1, 27), (slot.Forward!.Span.Line, slot.Forward.Span.Column));
        Assert.Equal("none", ((TextNode)slot.Fallback[0]).Text);
        Assert.Null(Assert.IsType<SlotNode>(Assert.Single(Parse.Template("<slot name=\"x\" />"))).ForwardAs);
    }

    [Theory]
    [InlineData("<div><slot name=\"x\" slot=\"y\" /></div>", 1, 21)]
    [InlineData("<slot name=\"x\" slot=\"y\" />", 1, 16)]
    [InlineData("<Child>\n@if (a) {\n<slot name=\"x\" slot=\"y\" />\n}\n</Child>", 3, 16)]
    [InlineData("<Child><Fragment slot=\"z\"><slot slot=\"y\" /></Fragment></Child>", 1, 33)]
    public void Forwarding_slot_outside_a_component_tag_reports_PAGE022_at_its_slot_attribute(string template, int line, int column)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE022", line, column);

    [Theory]
    [InlineData("<Child><slot name=\"x\" slot={name} /></Child>")]
    [InlineData("<Child><slot name=\"x\" slot /></Child>")]
    public void Forwarding_slot_needs_a_literal_name_PAGE022(string template)
        => Parse.AssertAt(Parse.SingleDiagnostic(template), "PAGE022", 1, 23);

    [Fact]
    public void Fragment_groups_children_or_takes_set_html()
    {
        var nodes = Parse.Template("<Fragment><p>a</p>b</Fragment><Fragment set:html={html} />");

        Assert.Equal(2, Assert.IsType<FragmentNode>(nodes[0]).Children.Count);
        var setHtml = Assert.IsType<FragmentNode>(nodes[1]);
        Assert.Equal("html", Assert.IsType<DirectiveAttribute>(Assert.Single(setHtml.Attributes)).Code);
    }

    [Fact]
    public void Spread_on_a_component_reports_PAGE016_at_the_attribute()
    {
        var diagnostic = Parse.SingleDiagnostic("<div>\n  <Card  {...attrs} />\n</div>");

        Parse.AssertAt(diagnostic, "PAGE016", 2, 10);
        Assert.Equal(new[] { "{...}", "Card" }, diagnostic.Arguments);
    }

    [Fact]
    public void Class_list_on_a_component_reports_PAGE016_at_the_attribute()
        => Parse.AssertAt(Parse.SingleDiagnostic("<Card class:list={x}></Card>"), "PAGE016", 1, 7);
}
