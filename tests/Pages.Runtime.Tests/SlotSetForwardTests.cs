namespace Pages.Tests;

/// <summary>
/// <see cref="SlotSet.Forward"/>, what <c>&lt;slot name="x" slot="y" /&gt;</c> compiles to: the child gets slot y
/// only when the forwarding component received x, and then exactly that content.
/// </summary>
public class SlotSetForwardTests
{
    [Fact]
    public async Task A_received_slot_is_passed_on_under_the_child_name()
    {
        var received = new SlotSet().Add("title", w => { w.Write("T & C"); return default; });

        var child = new SlotSet().Forward("heading", received, "title");

        Assert.True(child.Has("heading"));
        Assert.False(child.Has("title"));
        Assert.Equal("T &amp; C", (await child.RenderAsync("heading")).Value);
    }

    [Fact]
    public void A_slot_not_received_is_not_passed_on_so_the_child_fallback_shows()
    {
        var child = new SlotSet().Forward("heading", new SlotSet(), "title");

        Assert.False(child.Has("heading"));
    }

    [Fact]
    public async Task A_forward_does_not_replace_a_slot_the_child_already_has()
    {
        var received = new SlotSet().Add("title", w => { w.Write("forwarded"); return default; });

        var child = new SlotSet().Add("heading", w => { w.Write("own"); return default; }).Forward("heading", received, "title");

        Assert.Equal("own", (await child.RenderAsync("heading")).Value);
    }
}
