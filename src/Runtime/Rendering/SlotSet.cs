using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Pages;

/// <summary>The slots a parent filled in for a component: the default slot (<c>""</c>) and named ones.</summary>
public sealed class SlotSet
{
    private readonly List<KeyValuePair<string, SlotContent>> _slots = [];

    /// <summary>The encoder of the render the slots belong to (set when the component renders).</summary>
    internal HtmlEncoder Encoder { get; set; } = HtmlEncoder.Default;

    /// <summary>Adds a slot; a name given twice keeps the first.</summary>
    /// <param name="name">The slot name; <c>""</c> for the default slot.</param>
    /// <param name="content">The slot's markup.</param>
    /// <returns>This set, so generated code can chain calls.</returns>
    public SlotSet Add(string name, SlotContent content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        if (!Has(name))
        {
            _slots.Add(new(name, content));
        }

        return this;
    }

    /// <summary>Adds a slot of ready HTML (for slots filled from C#, e.g. with <see cref="PageRenderer"/>); a name given twice keeps the first.</summary>
    /// <param name="name">The slot name; <c>""</c> for the default slot.</param>
    /// <param name="html">The slot's HTML, written as it is (<c>Html.Raw("&lt;p&gt;Hi&lt;/p&gt;")</c>).</param>
    /// <returns>This set, so calls can be chained.</returns>
    public SlotSet Add(string name, IHtmlContent html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Add(name, writer =>
        {
            writer.Write(html);
            return default;
        });
    }

    /// <summary>
    /// Passes a slot this component received on to a child (<c>&lt;slot name="x" slot="y" /&gt;</c>): the child gets
    /// <paramref name="name"/> only when <paramref name="received"/> has <paramref name="receivedName"/>, so that
    /// otherwise the child's own fallback shows and its <c>Slots.Has</c> is false. For generated code.
    /// </summary>
    /// <param name="name">The child's slot name; <c>""</c> for its default slot.</param>
    /// <param name="received">The slots of the component that forwards.</param>
    /// <param name="receivedName">The name the forwarding component received the slot under.</param>
    /// <returns>This set, so generated code can chain calls.</returns>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)] // generated code only
    public SlotSet Forward(string name, SlotSet received, string receivedName)
    {
        ArgumentNullException.ThrowIfNull(received);
        SlotContent? content = received.Find(receivedName);
        return content is null ? this : Add(name, content);
    }

    /// <summary>Whether the parent filled in the slot <paramref name="name"/> (<c>""</c> for the default slot).</summary>
    /// <param name="name">The slot name.</param>
    /// <returns><see langword="true"/> when the slot was given.</returns>
    public bool Has(string name) => Find(name) is not null;

    /// <summary>Renders a slot to a value (<c>await Slots.RenderAsync("x")</c>); an empty value when it was not given.</summary>
    /// <param name="name">The slot name; <c>""</c> for the default slot.</param>
    /// <returns>The slot's HTML.</returns>
    public async ValueTask<HtmlString> RenderAsync(string name)
    {
        SlotContent? content = Find(name);
        if (content is null)
        {
            return HtmlString.Empty;
        }

        using var memory = new MemoryPipeWriter();
        var writer = new HtmlWriter(memory, Encoder);
        try
        {
            await content(writer).ConfigureAwait(false);
        }
        catch
        {
            // Spill chunks rented past the first 4 KiB go back to the pool, as when a page's render fails.
            writer.DiscardPending();
            throw;
        }

        writer.Commit();
        return new HtmlString(Encoding.UTF8.GetString(memory.WrittenMemory.Span));
    }

    /// <summary>Writes a slot where <c>&lt;slot /&gt;</c> stands; writes nothing when it was not given. For generated code.</summary>
    /// <param name="name">The slot name; <c>""</c> for the default slot.</param>
    /// <param name="writer">The component's writer.</param>
    /// <returns>A task that completes when the slot is written.</returns>
    public ValueTask WriteAsync(string name, HtmlWriter writer)
    {
        SlotContent? content = Find(name);
        return content is null ? default : content(writer);
    }

    private SlotContent? Find(string name)
    {
        foreach (KeyValuePair<string, SlotContent> slot in _slots)
        {
            if (string.Equals(slot.Key, name, StringComparison.Ordinal))
            {
                return slot.Value;
            }
        }

        return null;
    }
}
