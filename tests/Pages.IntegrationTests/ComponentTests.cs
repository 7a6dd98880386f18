using System.Net;

namespace Pages.IntegrationTests;

/// <summary>SPEC §3 over real HTTP: typed props, slots, fragments, layouts, aliases, dotted names, component libraries.</summary>
public class ComponentTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private async Task<string> GetOkAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    [Fact]
    public async Task Props_take_literals_expressions_bare_attributes_and_defaults()
    {
        var body = await GetOkAsync("/components/props");
        Assert.Equal(
            "<article data-featured=\"false\"><h2>Literal</h2><p>0</p><div></div><footer>no footer</footer></article>\n"
            + "<article data-featured=\"true\"><h2>Expr 1</h2><p>3</p><div></div><footer>no footer</footer></article>\n\n",
            body);
    }

    [Fact]
    public async Task Default_and_named_slots_fill_their_places_and_Slots_Has_sees_them()
    {
        var body = await GetOkAsync("/components/slots");
        Assert.StartsWith(
            "<article data-featured=\"false\"><h2>S</h2><p>0</p><div><b>default</b></div><footer><em>foot</em></footer><aside>side <u>note</u></aside></article>\n\n",
            body);
    }

    [Fact]
    public async Task A_forwarded_slot_reaches_the_child_and_its_fallback_shows_when_none_was_given()
    {
        // Relay passes its slot "title" on to Titled's "heading" (no fallback: passed only when given) and its slot
        // "note" on to Titled's "footer" (with a fallback of its own); Outer forwards once more, through Relay.
        // The component files end without a line break, so each tag's output is one line of the page.
        var body = await GetOkAsync("/components/forward");
        Assert.Equal(
            "<section><h2><b>Hello</b></h2><p>has heading</p><footer><em>n</em></footer></section>\n"
            + "<section><h2>untitled</h2><footer><i>no note</i></footer></section>\n"
            + "<div class=\"outer\"><section><h2><u>deep</u></h2><p>has heading</p><footer><i>no note</i></footer></section></div>\n"
            + "<div class=\"outer\"><section><h2>untitled</h2><footer><i>no note</i></footer></section></div>\n",
            body);
    }

    [Fact]
    public async Task A_slot_can_be_rendered_twice()
    {
        var body = await GetOkAsync("/components/slots");
        Assert.Contains("<div><i>x</i></div><div><i>x</i></div>\n", body);
    }

    [Fact]
    public async Task Slots_RenderAsync_gives_the_slot_html_as_a_value()
    {
        var body = await GetOkAsync("/components/slots");
        Assert.Contains("<p data-length=\"9\"><b>hi</b></p><h3>T &amp; C</h3><code>&lt;B&gt;HI&lt;/B&gt;</code>\n", body);
    }

    [Fact]
    public async Task Fragment_writes_its_children_or_its_set_html_without_a_tag()
    {
        var body = await GetOkAsync("/components/fragment");
        Assert.Equal("<ul><li>a</li><li>b</li></ul><em>raw</em>&lt;em&gt;raw&lt;/em&gt;\n", body);
    }

    [Fact]
    public async Task Layouts_nest_site_layout_around_docs_layout_around_the_page()
    {
        var body = await GetOkAsync("/components/nested");
        Assert.Equal(
            "<!DOCTYPE html>\n<html><head><title>Intro · Docs</title></head>\n<body><nav>Guide</nav><main><p>content</p></main></body>\n</html>\n\n\n",
            body);
    }

    [Fact]
    public async Task Using_alias_in_frontmatter_imports_a_component_under_another_name()
    {
        var body = await GetOkAsync("/components/alias");
        Assert.Equal(
            "<!DOCTYPE html>\n<html><head><title>Aliased</title><link rel=\"icon\" href=\"/i.png\"></head>\n<body><p>aliased</p></body>\n</html>\n\n",
            body);
    }

    [Fact]
    public async Task Dotted_tag_names_a_component_in_a_sub_namespace()
    {
        var body = await GetOkAsync("/components/dotted");
        Assert.Equal("<p><span class=\"badge\">new</span>\n</p>\n", body);
    }

    [Fact]
    public async Task Component_frontmatter_that_awaits_keeps_document_order()
    {
        // "a" waits longest, yet everything comes out in the order the page wrote it.
        var body = await GetOkAsync("/components/order");
        Assert.Equal("<i>a</i>\n<i>b</i>\n<b>c</b><i>d</i>\n\n", body);
    }

    [Fact]
    public async Task Components_from_a_referenced_library_are_used_with_a_using()
    {
        var body = await GetOkAsync("/components/library");
        Assert.Equal("<div class=\"notice warn\">from the app</div>\n<div class=\"notice info\">default kind</div>\n\n", body);
    }

    [Fact]
    public async Task Pages_of_a_referenced_library_are_routed_by_the_app()
    {
        var body = await GetOkAsync("/lib/hello");
        Assert.Equal("<div class=\"notice library\">routed from the library</div>\n\n", body);
    }
}
