using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pages;

namespace Bench.Render;

/// <summary>
/// The request path around a render: the Fortunes page through its endpoint's <see cref="RequestDelegate"/> (as
/// <c>MapPages()</c> maps it, found in the app's endpoint data source), against the hand-written page through a
/// delegate of the same shape (content type, render, flush). Each request gets a fresh <see cref="DefaultHttpContext"/>
/// whose body is the sink, so the difference between the two is what the endpoint itself costs: the page instance,
/// the headers, the writer and the commit.
/// </summary>
public sealed class FortunesEndpoints : IAsyncDisposable
{
    private readonly WebApplication _app;

    /// <summary>Builds an app with the Pages runtime (the benchmarks' encoder) and maps the pages.</summary>
    public FortunesEndpoints()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddPages(options => options.HtmlEncoder = Renderers.Encoder);
        _app = builder.Build();
        _app.MapPages();
        Pages = ((IEndpointRouteBuilder)_app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Single(endpoint => endpoint.RoutePattern.RawText == "/fortunes")
            .RequestDelegate!;
    }

    /// <summary>The page's endpoint delegate, as routing calls it.</summary>
    public RequestDelegate Pages { get; }

    /// <summary>The hand-written page in the same delegate shape: content type, the page's bytes, a flush.</summary>
    public static Task HandWritten(HttpContext context)
    {
        HttpResponse response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        HandWrittenFortunes.Render(FortuneData.Prepared, response.BodyWriter, Renderers.Encoder);
        ValueTask<System.IO.Pipelines.FlushResult> flush = response.BodyWriter.FlushAsync();
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }

    /// <summary>Sends a GET of <c>/fortunes</c> on a fresh context, its body into <paramref name="body"/>'s sink.</summary>
    /// <param name="endpoint">The delegate.</param>
    /// <param name="body">The sink's response body.</param>
    /// <returns>The delegate's task.</returns>
    public Task InvokeAsync(RequestDelegate endpoint, PipeResponseBodyFeature body)
    {
        var context = new DefaultHttpContext { RequestServices = _app.Services };
        context.Features.Set<IHttpResponseBodyFeature>(body);
        HttpRequest request = context.Request;
        request.Method = HttpMethods.Get;
        request.Scheme = "http";
        request.Host = new HostString("localhost");
        request.Path = "/fortunes";
        return endpoint(context);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
