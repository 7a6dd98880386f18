using System.IO;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Pages;

// Pages with props (fed by GetStaticPaths) and components written to a Stream.
public sealed partial class PageRenderer
{
    /// <summary>Renders a page that declares <c>record Props</c>, with <paramref name="props"/>, into <paramref name="output"/>.</summary>
    /// <typeparam name="TProps">The page's props record.</typeparam>
    /// <param name="page">A new page instance.</param>
    /// <param name="props">The props the page renders with (what its <c>GetStaticPaths</c> would give).</param>
    /// <param name="output">The destination.</param>
    /// <param name="context">The request the page sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The result the page returned, or <see langword="null"/> when it wrote HTML.</returns>
    public Task<IResult?> RenderAsync<TProps>(Page<TProps> page, TProps props, PipeWriter output, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.SetProps(props);
        return RenderAsync(page, output, context);
    }

    /// <summary>Renders a page that declares <c>record Props</c>, with <paramref name="props"/>, to a string.</summary>
    /// <typeparam name="TProps">The page's props record.</typeparam>
    /// <param name="page">A new page instance.</param>
    /// <param name="props">The props the page renders with.</param>
    /// <param name="context">The request the page sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The page's HTML.</returns>
    /// <exception cref="InvalidOperationException">The page returned a result instead of HTML.</exception>
    public Task<string> RenderToStringAsync<TProps>(Page<TProps> page, TProps props, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.SetProps(props);
        return RenderToStringAsync(page, context);
    }

    /// <summary>Renders a component with props (and slots) into a stream (left open).</summary>
    /// <typeparam name="TProps">The component's props record.</typeparam>
    /// <param name="component">A new component instance.</param>
    /// <param name="props">The props.</param>
    /// <param name="output">The destination.</param>
    /// <param name="slots">The slots; <see langword="null"/> for none.</param>
    /// <param name="context">The request the component sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>A task that completes when the component is written and flushed.</returns>
    public async Task RenderComponentAsync<TProps>(
        Component<TProps> component, TProps props, Stream output, SlotSet? slots = null, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        PipeWriter pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        await RenderComponentAsync(component, props, pipe, slots, context).ConfigureAwait(false);
        await pipe.CompleteAsync().ConfigureAwait(false);
    }
}
