using Xunit;

namespace Pages.Tests.Content;

/// <summary>
/// The export's warm-up renders a collection's bodies into their cache from the last entry (by id) backwards, so that it
/// meets the render workers, which start from the first, as late as possible; it stops as soon as it is told to.
/// </summary>
public class ContentCollectionWarmUpTests
{
    private sealed record Note(string Title);

    [Fact]
    public void Bodies_are_rendered_from_the_last_entry_backwards_until_the_warm_up_is_stopped()
    {
        ContentEntry<Note>[] entries = [.. "cabed".Select(id => new ContentEntry<Note>(id.ToString(), new Note(id.ToString()), $"# {id}\n\nText."))];
        var collection = new ContentCollection<Note>(() => entries);
        int asked = 0;

        collection.RenderBodiesBackwards(() => asked++ >= 2);

        Assert.Equal(["d", "e"], entries.Where(entry => entry.IsRenderedInMemory).Select(entry => entry.Id).Order());
        Assert.Equal("<h1 id=\"e\">e</h1>\n<p>Text.</p>\n", entries.Single(entry => entry.Id == "e").Html.Value);
    }

    [Fact]
    public void A_stopped_warm_up_renders_nothing()
    {
        ContentEntry<Note>[] entries = [new("a", new Note("A"), "*a*")];
        var collection = new ContentCollection<Note>(() => entries);

        collection.RenderBodiesBackwards(() => true);

        Assert.False(entries[0].IsRenderedInMemory);
    }
}
