using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>A component: a <c>.page</c> file outside the pages root, rendered by a parent with props and slots.</summary>
/// <typeparam name="TProps">The component's <c>Props</c> record (an empty one when the file declares none).</typeparam>
public abstract class Component<TProps> : PageBase
{
    /// <summary>The component's props (<c>{props.Title}</c> in the template).</summary>
    protected TProps props = default!;

    /// <summary>
    /// Renders the component inside its parent's render: same request, the given props and slots.
    /// Called by a parent's generated code.
    /// </summary>
    /// <param name="writer">The parent's writer.</param>
    /// <param name="parent">The page or component that renders this one.</param>
    /// <param name="props">The props built from the tag's attributes.</param>
    /// <param name="slots">The tag's children, by slot name; <see langword="null"/> when it has none.</param>
    /// <returns>A task that completes when the component has written its output.</returns>
    /// <exception cref="InvalidOperationException">The component's frontmatter returned a result (only pages may).</exception>
    public ValueTask RenderComponentAsync(HtmlWriter writer, PageBase parent, TProps props, SlotSet? slots)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parent);
        AttachToParent(parent);
        this.props = props;
        if (slots is not null)
        {
            // A tag without children passes no slots; Slots then makes an empty set only if the template asks.
            slots.Encoder = writer.Encoder;
            Slots = slots;
        }

        ValueTask<IResult?> render = RenderAsync(writer);
        if (render.IsCompletedSuccessfully)
        {
            ThrowIfResult(render.Result);
            return default;
        }

        return AwaitRenderAsync(render);
    }

    private async ValueTask AwaitRenderAsync(ValueTask<IResult?> render) => ThrowIfResult(await render.ConfigureAwait(false));

    private void ThrowIfResult(IResult? result)
    {
        if (result is not null)
        {
            throw new InvalidOperationException(
                $"Component {GetType().Name} returned a result from its frontmatter; only a page can end a request with a result.");
        }
    }
}
