using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pages.IntegrationTests.Components;

namespace Pages.IntegrationTests;

/// <summary>SPEC §0: PageRenderer renders generated pages and components, with props and slots, outside a request.</summary>
public class PageRendererTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    private PageRenderer Renderer => server.Services.GetRequiredService<PageRenderer>();

    [Fact]
    public async Task Email_body_from_a_component_with_props_and_slots_renders_to_a_string()
    {
        var slots = new SlotSet()
            .Add("", Html.Raw("<a href=\"https://example.com/orders/7\">Track it</a>"))
            .Add("signature", Html.Raw("Ada &amp; team"));
        var html = await Renderer.RenderComponentToStringAsync(new Email(), new Email.Props("Grace <G>", 3), slots);
        Assert.Equal(
            "<table><tr><td>Hello Grace &lt;G&gt;,</td></tr><tr><td>your order of 3 items has shipped.</td></tr>"
            + "<tr><td><a href=\"https://example.com/orders/7\">Track it</a></td></tr><tr><td>Ada &amp; team</td></tr></table>\n",
            html);
    }

    [Fact]
    public async Task Component_without_slots_renders_its_fallbacks()
    {
        var html = await Renderer.RenderComponentToStringAsync(new Email(), new Email.Props("Bo", 1));
        Assert.Contains("<tr><td></td></tr><tr><td>The team</td></tr>", html);
    }

    [Fact]
    public async Task Component_renders_into_a_stream()
    {
        using var stream = new MemoryStream();
        await Renderer.RenderComponentAsync(new Card(), new Card.Props("To stream", Count: 2), stream);
        Assert.Equal(
            "<article data-featured=\"false\"><h2>To stream</h2><p>2</p><div></div><footer>no footer</footer></article>\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task Page_with_nested_layouts_renders_into_a_pipe()
    {
        var pipe = new Pipe();
        var result = await Renderer.RenderAsync(new Pages.Page_components_nested(), pipe.Writer);
        Assert.Null(result);
        await pipe.Writer.CompleteAsync();
        var read = await pipe.Reader.ReadAsync();
        var html = Encoding.UTF8.GetString(read.Buffer.ToArray());
        Assert.Equal(
            "<!DOCTYPE html>\n<html><head><title>Intro · Docs</title></head>\n<body><nav>Guide</nav><main><p>content</p></main></body>\n</html>\n\n\n",
            html);
    }

    [Fact]
    public async Task Component_with_awaiting_frontmatter_renders_to_a_string()
    {
        var html = await Renderer.RenderComponentToStringAsync(new Delayed(), new Delayed.Props("late", 20));
        Assert.Equal("<i>late</i>\n", html);
    }

    [Fact]
    public async Task Unrouted_underscore_file_renders_as_a_component_with_props()
    {
        // `_`-prefixed files under the pages root are not routed: they are components (here, an e-mail template).
        var html = await Renderer.RenderComponentToStringAsync(new Pages._emails.receipt(), new Pages._emails.receipt.Props("Lin", 12.5m));
        Assert.StartsWith("<table><tr><td>Hello Lin,</td></tr><tr><td>your order of 1 items has shipped.</td></tr><tr><td><p>Total: 12.50</p></td></tr>", html);
    }
}
