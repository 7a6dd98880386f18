using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pages;
using RazorSlices;

namespace Bench.Render;

/// <summary>
/// Each engine's way to render a page into a <see cref="PipeSink"/>, flushed at the end. The benchmarks
/// time these methods and <see cref="OutputCheck"/> compares their bytes.
/// </summary>
public sealed class Renderers : IAsyncDisposable
{
    /// <summary>The one encoder of all engines: letters of every script (Japanese, the em dash) stay as they are.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory = NullLoggerFactory.Instance;
    private readonly global::Pages.PageRenderer _pageRenderer;
    private readonly DefaultHttpContext _context;

    /// <summary>Creates the services Blazor's renderer needs (with the same encoder).</summary>
    public Renderers()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Encoder);
        services.AddSingleton(_loggerFactory);
        services.AddLogging();
        services.AddPages(options => options.HtmlEncoder = Encoder);
        _services = services.BuildServiceProvider();
        _pageRenderer = _services.GetRequiredService<global::Pages.PageRenderer>();

        // One request context for every Pages render, as Kestrel reuses its context per connection.
        _context = new DefaultHttpContext { RequestServices = _services };
        _context.Request.Method = HttpMethods.Get;
        _context.Request.Scheme = "http";
        _context.Request.Host = new HostString("localhost");
        _context.Request.Path = "/";
    }

    /// <summary>The hand-written page: one span per buffer.</summary>
    public ValueTask HandWrittenFortunesAsync(PipeSink sink, List<Fortune> fortunes)
    {
        HandWrittenFortunes.Render(fortunes, sink.Writer, Encoder);
        return FlushAsync(sink);
    }

    /// <summary>
    /// The Pages <c>.page</c> through the runtime's <see cref="global::Pages.PageRenderer"/>: a new page instance,
    /// attached to the request, its generated render through an <see cref="global::Pages.HtmlWriter"/>, commit, flush.
    /// </summary>
    public async ValueTask PagesFortunesAsync(PipeSink sink)
        => _ = await _pageRenderer.RenderAsync(new Pages.Page_fortunes(), sink.Writer, _context).ConfigureAwait(false);

    /// <summary>The RazorSlices slice, rendered into the pipe.</summary>
    public async ValueTask RazorSlicesFortunesAsync(PipeSink sink, List<Fortune> fortunes)
    {
        RazorSlice slice = Slices.Fortunes.Create(fortunes);
        await slice.RenderAsync(sink.Writer, Encoder).ConfigureAwait(false);
        await FlushAsync(sink).ConfigureAwait(false);
    }

    /// <summary>Blazor's <see cref="HtmlRenderer"/> (static SSR): a renderer per render, as per request in Blazor SSR.</summary>
    public ValueTask BlazorFortunesAsync(PipeSink sink, List<Fortune> fortunes)
        => BlazorAsync<Blazor.FortunesComponent>(sink, ParameterView.FromDictionary(new Dictionary<string, object?> { ["Fortunes"] = fortunes }));

    /// <summary>The layout + components + table page in Pages.</summary>
    public async ValueTask PagesDashboardAsync(PipeSink sink)
        => _ = await _pageRenderer.RenderAsync(new Pages.Page_dashboard(), sink.Writer, _context).ConfigureAwait(false);

    /// <summary>The layout + components + table page in RazorSlices.</summary>
    public async ValueTask RazorSlicesDashboardAsync(PipeSink sink, DashboardModel model)
    {
        RazorSlice slice = Slices.Dashboard.Create(model);
        await slice.RenderAsync(sink.Writer, Encoder).ConfigureAwait(false);
        await FlushAsync(sink).ConfigureAwait(false);
    }

    /// <summary>The layout + components + table page in Blazor.</summary>
    public ValueTask BlazorDashboardAsync(PipeSink sink, DashboardModel model)
        => BlazorAsync<Blazor.DashboardComponent>(sink, ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async ValueTask BlazorAsync<TComponent>(PipeSink sink, ParameterView parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(_services, _loggerFactory);
        await using var text = new HttpResponseStreamWriter(sink.Writer.AsStream(leaveOpen: true), Encoding.UTF8);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            HtmlRootComponent root = await renderer.RenderComponentAsync<TComponent>(parameters).ConfigureAwait(false);
            root.WriteHtmlTo(text);
        }).ConfigureAwait(false);
        await text.FlushAsync().ConfigureAwait(false);
        await FlushAsync(sink).ConfigureAwait(false);
    }

    private static ValueTask FlushAsync(PipeSink sink)
    {
        ValueTask<System.IO.Pipelines.FlushResult> flush = sink.Writer.FlushAsync();
        return flush.IsCompletedSuccessfully ? default : AwaitAsync(flush);

        static async ValueTask AwaitAsync(ValueTask<System.IO.Pipelines.FlushResult> flush) => await flush.ConfigureAwait(false);
    }
}
