using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pages.Tests.Infrastructure;
using static Pages.Tests.Infrastructure.TestComponents;

namespace Pages.Tests;

public class PageRendererTests
{
    private static PageRenderer CreateRenderer(Action<PagesOptions>? configure = null) =>
        new ServiceCollection().AddPages(configure).BuildServiceProvider().GetRequiredService<PageRenderer>();

    [Fact]
    public async Task Page_with_a_component_and_default_slot_renders_to_a_string()
        => Assert.Equal(
            "<main><div class=\"card\"><h2>Hi &lt;there&gt;</h2><p>no footer</p><p>by Ada &amp; co</p></div></main>",
            await CreateRenderer().RenderToStringAsync(new PageWithCard()));

    [Fact]
    public async Task Component_renders_with_props_and_named_slot()
    {
        var slots = new SlotSet().Add("footer", w => { w.WriteLiteral("<footer>f</footer>"u8); return default; });
        Assert.Equal(
            "<div class=\"card\"><h2>T</h2><footer>f</footer></div>",
            await CreateRenderer().RenderComponentToStringAsync(new Card(), new Card.Props("T"), slots));
    }

    [Fact]
    public async Task Slot_renders_to_a_value()
    {
        var slots = new SlotSet().Add("x", w => { w.Write("a<b"); return default; });
        Assert.Equal("a&lt;b", (await slots.RenderAsync("x")).Value);
        Assert.Equal("", (await slots.RenderAsync("missing")).Value);
    }

    [Fact]
    public async Task Page_outside_a_request_sees_the_site_url_and_absent_params_as_null()
        => Assert.Equal(
            "https://example.com/|https://example.com/|null",
            await CreateRenderer(o => o.Site = "https://example.com").RenderToStringAsync(new RequestEcho()));

    [Fact]
    public async Task Page_that_returns_a_result_gives_the_result_and_writes_nothing()
    {
        using var stream = new MemoryStream();
        IResult? result = await CreateRenderer().RenderAsync(new TestPages.RedirectsPermanently(), stream);
        Assert.NotNull(result);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Invalid_site_url_is_reported_when_the_runtime_starts()
        => Assert.Throws<InvalidOperationException>(() => CreateRenderer(o => o.Site = "example.com"));
}
