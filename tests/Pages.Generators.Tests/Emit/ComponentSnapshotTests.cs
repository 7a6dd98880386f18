using Xunit;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// The emitted C# of each component feature (SPEC §3), kept in approved files; every run must also compile
/// cleanly against the real runtime.
/// </summary>
public class ComponentSnapshotTests
{
    private const string Card = """
        ---
        record Props(string Title, int Count = 0, bool Featured = false);
        ---
        <article><h2>{props.Title}</h2><slot /><footer><slot name="footer">no footer</slot></footer></article>

        """;

    private static string EmitAndCompile(string hintName, params (string Path, string Text)[] pages)
    {
        var run = GeneratorHarness.Run(pages);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        return run.Source(hintName);
    }

    [Fact]
    public void Props_from_literals_expressions_bare_attributes_and_defaults()
        => Approvals.Verify(EmitAndCompile("App.Pages.Page_props.",
            ("Components/Card.page", Card),
            ("Pages/props.page", "<Card Title=\"Literal\" /><Card Title={\"Expr\"} Count={2 + 1} Featured />\n")), "props");

    [Fact]
    public void Slots_named_fallback_has_twice_and_as_a_value()
        => Approvals.Verify(EmitAndCompile("App.Components.Slots.",
            ("Components/Slots.page", """
                ---
                var title = await Slots.RenderAsync("title");
                ---
                <h1>{title}</h1>
                <div><slot /></div><div><slot /></div>
                <slot name="footer"><p>fallback</p></slot>
                @if (Slots.Has("aside")) {<aside><slot name="aside" /></aside>}

                """)), "slots");

    [Fact]
    public void Children_fill_the_default_and_named_slots_including_a_fragment()
        => Approvals.Verify(EmitAndCompile("App.Pages.Page_fill.",
            ("Components/Card.page", Card),
            ("Pages/fill.page", "<Card Title=\"T\"><b>body</b><em slot=\"footer\">foot</em><Fragment slot=\"aside\">a <u>b</u></Fragment></Card>\n")), "slot_fill");

    [Fact]
    public void Forwarded_slots_pass_on_when_received_or_render_their_fallback()
        => Approvals.Verify(EmitAndCompile("App.Components.Relay.",
            ("Components/Card.page", Card),
            ("Components/Relay.page", """
                <Card Title="relay">
                  <slot name="body" slot="" />
                  <slot name="note" slot="footer"><i>no note</i></slot>
                </Card>

                """)), "slot_forwarding");

    [Fact]
    public void Fragment_writes_children_or_set_html_without_a_tag()
        => Approvals.Verify(EmitAndCompile("App.Pages.Page_fragment.",
            ("Pages/fragment.page", "---\nvar raw = \"<em>x</em>\";\n---\n<ul><Fragment><li>a</li></Fragment></ul><Fragment set:html={raw} />\n")), "fragment");

    [Fact]
    public void Nested_layouts_pass_the_page_body_as_a_slot_that_flushes_before_its_await()
    {
        var pages = new[]
        {
            ("Layouts/Site.page", "---\nrecord Props(string Title);\n---\n<html><head><title>{props.Title}</title></head><body><slot /></body></html>\n"),
            ("Layouts/Docs.page", "---\nrecord Props(string Title);\n---\n<Site Title={props.Title}><nav>docs</nav><slot /></Site>\n"),
            ("Pages/slow.page", "---\nstatic async Task<string> SlowAsync() { await Task.Delay(1); return \"x\"; }\n---\n<Docs Title=\"Slow\"><p>{await SlowAsync()}</p></Docs>\n"),
        };
        Approvals.Verify(EmitAndCompile("App.Layouts.Docs.", pages), "layout_docs");
        Approvals.Verify(EmitAndCompile("App.Pages.Page_slow.", pages), "layout_page");
    }

    [Fact]
    public void Component_frontmatter_that_awaits_flushes_the_parent_output_first()
        => Approvals.Verify(EmitAndCompile("App.Components.Delayed.",
            ("Components/Delayed.page", "---\nrecord Props(int Ms);\nawait Task.Delay(props.Ms);\n---\n<i>done</i>\n")), "awaiting_frontmatter");

    [Fact]
    public void Using_alias_and_dotted_names_are_left_to_csharp_or_qualified()
        => Approvals.Verify(EmitAndCompile("App.Pages.Page_names.",
            ("Components/Ui/Badge.page", "<span><slot /></span>\n"),
            ("Layouts/Site.page", "<main><slot /></main>\n"),
            ("Pages/names.page", "---\nusing Layout = App.Layouts.Site;\n---\n<Layout><Ui.Badge>new</Ui.Badge></Layout>\n")), "names");
}
