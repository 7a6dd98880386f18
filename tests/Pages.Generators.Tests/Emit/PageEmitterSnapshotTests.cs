using Xunit;
using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// The emitted C# of representative pages, kept in approved files; each page must also compile cleanly
/// against the real runtime, so a snapshot can never approve code that does not build.
/// </summary>
public class PageEmitterSnapshotTests
{
    private static string EmitAndCompile(string hintName, params (string Path, string Text)[] pages)
    {
        var run = GeneratorHarness.Run(pages);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        return run.Source(hintName);
    }

    [Fact]
    public void Static_page_is_one_literal_with_a_synchronous_render()
    {
        var source = EmitAndCompile("App.Pages.Page_about.", ("Pages/about.page", """
            <!DOCTYPE html>
            <html lang="en">
              <head><title>About</title></head>
              <body><h1>About us</h1></body>
            </html>

            """));
        Approvals.Verify(source, "static_page");
    }

    [Fact]
    public void Frontmatter_splits_into_usings_members_types_and_statements()
    {
        var source = EmitAndCompile("App.Pages.Page_products__id_", ("Pages/products/[id].page", """
            ---
            using System.Globalization;
            public const bool Prerender = false;
            record Product(string Name, decimal Price);
            private static readonly Product[] s_products = [new("Tea", 3.5m)];
            var id = int.Parse(Params["id"] ?? "0", CultureInfo.InvariantCulture);
            if (id >= s_products.Length) return NotFound();
            var product = s_products[id];
            string Shout(string s) => s.ToUpperInvariant();
            ---
            <h1>{Shout(product.Name)}</h1>
            <p class="price">{product.Price:C}</p>

            """));
        Approvals.Verify(source, "frontmatter_page");
    }

    [Fact]
    public void Control_constructs_become_csharp_statements_mapped_to_the_page()
    {
        var source = EmitAndCompile("App.Pages.Page_controls.", ("Pages/controls.page", """
            ---
            var tags = new[] { "a", "b" };
            var n = tags.Length;
            ---
            @if (n > 2) {
              <p>many</p>
            } else if (n > 0) {
              <ul>
                @foreach (var tag in tags) {
                  <li>{tag}</li>
                }
              </ul>
            } else {
              <p>none</p>
            }
            @switch (n) {
              case 1:
                <p>one</p>
              case 2:
              case 3:
                <p>two or three</p>
              default:
                <p>other</p>
            }
            @for (var i = 0; i < n; i++) {<b>{i}</b>}

            """));
        Approvals.Verify(source, "control_page");
    }

    [Fact]
    public void Attributes_write_typed_values_and_directives()
    {
        var source = EmitAndCompile("App.Pages.Page_attributes.", ("Pages/attributes.page", """
            ---
            var url = "/x?a=1&b=2";
            var active = true;
            var extra = new Dictionary<string, object?> { ["title"] = "t" };
            ---
            <a href={url} class="link" data-active={active} disabled={!active} {...extra}>go</a>
            <div class:list={new object?[] { "card", ("active", active) }} set:html={"<b>raw</b>"} />
            <span set:text={"<i>"}></span>
            <input value={3.5:F2}>

            """));
        Approvals.Verify(source, "attributes_page");
    }

    [Fact]
    public void Await_in_the_template_flushes_first_and_makes_the_render_async()
    {
        var source = EmitAndCompile("App.Pages.Page_streaming.", ("Pages/streaming.page", """
            ---
            public const bool Prerender = false;
            static async Task<string> SlowAsync() { await Task.Delay(1); return "late"; }
            ---
            <html><head><title>Streaming</title></head>
            <body><p>{await SlowAsync()}</p></body></html>

            """));
        Approvals.Verify(source, "streaming_page");
    }

    [Fact]
    public void Component_with_props_and_slots_is_called_with_typed_props()
    {
        var pages = new[]
        {
            ("Components/Card.page", """
                ---
                record Props(string Title, int Count = 0);
                ---
                <article>
                  <h2>{props.Title} ({props.Count})</h2>
                  <slot />
                  <footer><slot name="footer">no footer</slot></footer>
                </article>

                """),
            ("Pages/index.page", """
                <Card Title="Hello" Count={3}>
                  <p>Body</p>
                  <small slot="footer">foot</small>
                </Card>

                """),
        };
        Approvals.Verify(EmitAndCompile("App.Components.Card.", pages), "component");
        Approvals.Verify(EmitAndCompile("App.Pages.Page_index.", pages), "component_page");
    }

    [Fact]
    public void Manifest_lists_routes_in_priority_order_with_factories()
    {
        var run = GeneratorHarness.Run(
            ("Pages/index.page", "<h1>home</h1>"),
            ("Pages/blog/[slug].page", "---\npublic const bool Prerender = false;\n---\n<h1>{Params[\"slug\"]}</h1>"),
            ("Pages/blog/new.page", "<h1>new</h1>"),
            ("Pages/docs/[...path].page", "---\npublic const bool Prerender = false;\n---\n<h1>{Params[\"path\"]}</h1>"),
            ("Pages/404.page", "<h1>Not found</h1>"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesManifest.g.cs"), "manifest");
    }
}
