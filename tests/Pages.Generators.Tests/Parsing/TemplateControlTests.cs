using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

public class TemplateControlTests
{
    [Fact]
    public void If_else_if_else_chain_has_one_branch_each()
    {
        var node = Assert.IsType<IfNode>(Assert.Single(Parse.Template("@if (a) {A} else if (await b) {B} else {C}")));

        Assert.Equal(new[] { "a", "await b", null }, node.Branches.Select(b => b.Condition));
        Assert.Equal(new[] { false, true, false }, node.Branches.Select(b => b.ConditionHasAwait));
        Assert.Equal(new[] { "A", "B", "C" }, node.Branches.Select(b => ((TextNode)b.Children[0]).Text));
        Assert.Equal((1, 6), (node.Branches[0].ConditionSpan.Line, node.Branches[0].ConditionSpan.Column));
        Assert.Equal((1, 13), (node.Branches[1].Span.Line, node.Branches[1].Span.Column));
        Assert.Equal((1, 1, 1, 43), (node.Span.Line, node.Span.Column, node.Span.EndLine, node.Span.EndColumn));
    }

    [Fact]
    public void Loops_keep_their_header_text()
    {
        var nodes = Parse.Template("@foreach (var x in xs) {a}@for (var i = 0; i < n; i++) {b}@while(await More()) {c}");

        var loops = nodes.Cast<LoopNode>().ToList();
        Assert.Equal(new[] { "foreach", "for", "while" }, loops.Select(l => l.Keyword));
        Assert.Equal(new[] { "var x in xs", "var i = 0; i < n; i++", "await More()" }, loops.Select(l => l.Header));
        Assert.Equal(new[] { false, false, true }, loops.Select(l => l.HeaderHasAwait));
    }

    [Fact]
    public void Control_constructs_stand_inline()
    {
        var table = (ElementNode)Parse.Template("<table>@foreach (var f in fortunes) {<tr><td>{f.Id}</td></tr>}</table>")[0];

        var loop = Assert.IsType<LoopNode>(Assert.Single(table.Children));
        Assert.Equal("<tr><td>{f.Id}</td></tr>", Parse.Flatten(loop.Children));
    }

    [Fact]
    public void Holes_inside_blocks_consume_their_own_braces()
    {
        var loop = Assert.IsType<LoopNode>(Assert.Single(Parse.Template("@foreach (var x in xs) {<i>{new { A = x }.A}</i>{\"}\"}}")));

        Assert.Equal(2, loop.Children.Count);
    }

    [Fact]
    public void Switch_sections_with_stacked_labels_and_guards()
    {
        var node = Assert.IsType<SwitchNode>(Assert.Single(Parse.Template("""
            @switch (kind) {
              case 1:
              case 2:
                <p>small</p>
              case int n when n > 10:
                <p>big {n}</p>
              case Shape { Sides: 3 }:
                <p>triangle</p>
              default:
                <p>other</p>
            }
            """)));

        Assert.Equal("kind", node.Expression);
        Assert.Equal(
            new[] { "case 1|case 2", "case int n when n > 10", "case Shape { Sides: 3 }", "default" },
            node.Sections.Select(s => string.Join("|", s.Labels.Select(l => l.Text))));
        Assert.Equal("    <p>small</p>\n", Parse.Flatten(node.Sections[0].Children));
        Assert.Equal("    <p>other</p>\n", Parse.Flatten(node.Sections[3].Children));
        Assert.Equal((3, 3), (node.Sections[0].Labels[1].Span.Line, node.Sections[0].Labels[1].Span.Column));
    }

    [Fact]
    public void Switch_labels_may_stand_inline()
    {
        var node = Assert.IsType<SwitchNode>(Assert.Single(Parse.Template("@switch (x) {case 1:<b>one</b>default:<i>other</i>}")));

        Assert.Equal("[switch x][case 1]<b>one</b>[default]<i>other</i>[/switch]", Parse.Flatten(new[] { node }));
    }

    [Fact]
    public void Case_word_in_prose_inside_a_section_is_text()
    {
        var node = Assert.IsType<SwitchNode>(Assert.Single(Parse.Template("@switch (x) {\ncase 1:\n  In case of fire: run\n}")));

        Assert.Equal("  In case of fire: run\n", Parse.Flatten(node.Sections[0].Children));
    }

    [Fact]
    public void Line_rule_drops_lines_holding_only_construct_syntax()
    {
        var nodes = Parse.Template("""
            <ul>
              @if (a) {
                <li>A</li>
              } else if (b) {
                <li>B</li>
              }
              else {
                <li>C</li>
              }
              @foreach (var x in xs) {
                <li>{x}</li>
              }
            </ul>
            """);

        var ul = (ElementNode)nodes[0];
        Assert.Equal(
            "<ul>\n" +
            "[if a]    <li>A</li>\n" +
            "[if b]    <li>B</li>\n" +
            "[else]    <li>C</li>\n" +
            "[/if]" +
            "[foreach var x in xs]    <li>{x}</li>\n[/foreach]" +
            "</ul>",
            Parse.Flatten(nodes));
        Assert.Equal("\n", ((TextNode)ul.Children[0]).Text);
    }

    [Fact]
    public void Line_rule_holds_with_crlf_and_tabs_and_keeps_inner_blank_lines()
    {
        var nodes = Parse.Template("<div>\r\n\t@if (a) {\r\n\t\t<p>x</p>\r\n\r\n\t}\r\n</div>");

        Assert.Equal("<div>\r\n[if a]\t\t<p>x</p>\r\n\r\n[/if]</div>", Parse.Flatten(nodes));
    }

    [Fact]
    public void Line_rule_does_not_apply_to_constructs_sharing_a_line_with_markup()
    {
        var nodes = Parse.Template("<p>\n  <b/> @if (a) { yes }\n</p>");

        Assert.Equal("<p>\n  <b/> [if a] yes [/if]\n</p>", Parse.Flatten(nodes));
    }

    [Fact]
    public void Switch_line_rule_drops_label_lines()
    {
        var nodes = Parse.Template("<div>\n  @switch (x) {\n    case 1:\n      <p>1</p>\n    default:\n      <p>d</p>\n  }\n</div>\n");

        Assert.Equal("<div>\n[switch x][case 1]      <p>1</p>\n[default]      <p>d</p>\n[/switch]</div>\n", Parse.Flatten(nodes));
    }

    [Fact]
    public void Else_in_prose_stays_text()
    {
        const string template = "<p>Something else entirely</p>\nor else if (ever) you like\nelse, too\nelsewhere {x}\n";

        Assert.Equal(template, Parse.Flatten(Parse.Template(template)));
    }

    [Fact]
    public void Else_after_if_block_followed_by_prose_is_text()
    {
        var nodes = Parse.Template("@if (a) {x}\nelse is a word\n");

        Assert.Equal("[if a]x[/if]\nelse is a word\n", Parse.Flatten(nodes));
    }

    [Fact]
    public void At_sign_without_a_parenthesis_is_text()
    {
        const string template = "<a href=\"https://host/@user\">@user</a> mail a@if(x) or @media screen";

        Assert.Equal(template, Parse.Flatten(Parse.Template(template)));
    }

    [Fact]
    public void Elements_nest_inside_blocks()
    {
        var nodes = Parse.Template("<ul>@foreach (var x in xs) {<li><b>{x}</b></li>}</ul>");

        var loop = (LoopNode)((ElementNode)nodes[0]).Children[0];
        var li = (ElementNode)loop.Children[0];
        Assert.Equal("li", li.Name);
        Assert.Equal("b", ((ElementNode)li.Children[0]).Name);
    }
}
