using System.IO;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pages;

/// <summary>
/// Renders pages and components outside a request (e-mails, tests, benchmarks), through the same
/// generated code, like Astro's container API. Registered by <c>AddPages()</c>.
/// </summary>
/// <remarks>
/// Without a context, a render gets a <see cref="DefaultHttpContext"/> for <c>GET /</c> on the configured
/// site (or <c>http://localhost</c>), whose request services come from a scope of the app's services.
/// </remarks>
public sealed partial class PageRenderer
{
    private readonly IServiceProvider _services;
    private readonly PagesRuntime _runtime;

    internal PageRenderer(IServiceProvider services, PagesRuntime runtime)
    {
        _services = services;
        _runtime = runtime;
    }

    /// <summary>Renders a page into <paramref name="output"/> and flushes it.</summary>
    /// <param name="page">A new page instance.</param>
    /// <param name="output">The destination.</param>
    /// <param name="context">The request the page sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The result the page's frontmatter returned (then nothing was written), or <see langword="null"/> when it wrote HTML.</returns>
    public async Task<IResult?> RenderAsync(Page page, PipeWriter output, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        await using AsyncServiceScope? scope = context is null ? _services.CreateAsyncScope() : null;
        page.Attach(context ?? CreateContext(scope!.Value.ServiceProvider), _runtime);
        var writer = new HtmlWriter(output, _runtime.Encoder);
        IResult? result = await page.RenderAndCommitAsync(writer).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        await output.FlushAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>Renders a page created by <paramref name="factory"/> into <paramref name="output"/>.</summary>
    /// <param name="factory">Creates the page (a manifest's factory).</param>
    /// <param name="output">The destination.</param>
    /// <param name="context">The request the page sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The result the page returned, or <see langword="null"/> when it wrote HTML.</returns>
    public Task<IResult?> RenderAsync(Func<Page> factory, PipeWriter output, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return RenderAsync(factory(), output, context);
    }

    /// <summary>Renders a page into a stream (left open).</summary>
    /// <param name="page">A new page instance.</param>
    /// <param name="output">The destination.</param>
    /// <param name="context">The request the page sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The result the page returned, or <see langword="null"/> when it wrote HTML.</returns>
    public async Task<IResult?> RenderAsync(Page page, Stream output, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        PipeWriter pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        IResult? result = await RenderAsync(page, pipe, context).ConfigureAwait(false);
        await pipe.CompleteAsync().ConfigureAwait(false);
        return result;
    }

    /// <summary>Renders a page to a string.</summary>
    /// <param name="page">A new page instance.</param>
    /// <param name="context">The request the page sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The page's HTML.</returns>
    /// <exception cref="InvalidOperationException">The page returned a result instead of HTML.</exception>
    public async Task<string> RenderToStringAsync(Page page, HttpContext? context = null)
    {
        using var memory = new MemoryPipeWriter();
        IResult? result = await RenderAsync(page, memory, context).ConfigureAwait(false);
        if (result is not null)
        {
            throw new InvalidOperationException($"{page.GetType().Name} returned a result ({result.GetType().Name}) instead of HTML.");
        }

        return Encoding.UTF8.GetString(memory.WrittenMemory.Span);
    }

    /// <summary>Renders a component with props (and slots) into <paramref name="output"/> and flushes it.</summary>
    /// <typeparam name="TProps">The component's props record.</typeparam>
    /// <param name="component">A new component instance.</param>
    /// <param name="props">The props.</param>
    /// <param name="output">The destination.</param>
    /// <param name="slots">The slots; <see langword="null"/> for none.</param>
    /// <param name="context">The request the component sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>A task that completes when the component is written.</returns>
    public async Task RenderComponentAsync<TProps>(
        Component<TProps> component, TProps props, PipeWriter output, SlotSet? slots = null, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(output);
        await using AsyncServiceScope? scope = context is null ? _services.CreateAsyncScope() : null;
        var host = new RendererHostPage();
        host.Attach(context ?? CreateContext(scope!.Value.ServiceProvider), _runtime);
        var writer = new HtmlWriter(output, _runtime.Encoder);
        try
        {
            await component.RenderComponentAsync(writer, host, props, slots).ConfigureAwait(false);
        }
        catch
        {
            writer.DiscardPending();
            throw;
        }

        writer.Commit();
        await output.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Renders a component with props (and slots) to a string.</summary>
    /// <typeparam name="TProps">The component's props record.</typeparam>
    /// <param name="component">A new component instance.</param>
    /// <param name="props">The props.</param>
    /// <param name="slots">The slots; <see langword="null"/> for none.</param>
    /// <param name="context">The request the component sees; <see langword="null"/> for a made-up <c>GET /</c>.</param>
    /// <returns>The component's HTML.</returns>
    public async Task<string> RenderComponentToStringAsync<TProps>(
        Component<TProps> component, TProps props, SlotSet? slots = null, HttpContext? context = null)
    {
        using var memory = new MemoryPipeWriter();
        await RenderComponentAsync(component, props, memory, slots, context).ConfigureAwait(false);
        return Encoding.UTF8.GetString(memory.WrittenMemory.Span);
    }

    private HttpContext CreateContext(IServiceProvider requestServices)
    {
        var context = new DefaultHttpContext { RequestServices = requestServices };
        Uri site = _runtime.Site ?? new Uri("http://localhost");
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = site.Scheme;
        context.Request.Host = site.IsDefaultPort ? new HostString(site.Host) : new HostString(site.Host, site.Port);
        context.Request.Path = "/";
        return context;
    }
}
