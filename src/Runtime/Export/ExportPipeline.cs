using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>Sends one exported request through the app's middleware pipeline, whatever its context type.</summary>
internal abstract class ExportPipeline
{
    public abstract Task<ExportResponse> SendAsync(ExportRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// The pipeline the host handed to <see cref="IServer.StartAsync{TContext}"/>: each request gets a feature
/// collection like a server's (request with the site's scheme and host, a response that captures its body,
/// a connection on loopback), runs through every middleware, and is disposed as a server would.
/// </summary>
internal sealed class ExportPipeline<TContext> : ExportPipeline
    where TContext : notnull
{
    private readonly IHttpApplication<TContext> _application;

    public ExportPipeline(IHttpApplication<TContext> application) => _application = application;

    public override async Task<ExportResponse> SendAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        using var response = new ExportResponseFeature();
        using var lifetime = new ExportRequestLifetimeFeature(cancellationToken);
        var export = new ExportRequestFeature(request.StaticPath);
        IFeatureCollection features = CreateFeatures(request, response, lifetime, export);

        TContext context = _application.CreateContext(features);
        Exception? failure = null;
        try
        {
            await _application.ProcessRequestAsync(context).ConfigureAwait(false);
            await response.StartAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        finally
        {
            await response.CompleteCallbacksAsync().ConfigureAwait(false);
            _application.DisposeContext(context, failure);
        }

        return new ExportResponse(
            response.StatusCode,
            response.Headers.Location.ToString(),
            response.WrittenBody.ToArray(),
            export.Exception ?? failure,
            lifetime.Aborted);
    }

    private static FeatureCollection CreateFeatures(
        ExportRequest request, ExportResponseFeature response, ExportRequestLifetimeFeature lifetime, ExportRequestFeature export)
    {
        var requestFeature = new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Method = HttpMethods.Get,
            Scheme = request.Site.Scheme,
            PathBase = "",
            Path = request.Path,
            QueryString = "",
            RawTarget = request.EncodedPath,
        };
        requestFeature.Headers.Host = request.Site.Authority;
        requestFeature.Headers.Accept = "text/html,*/*";

        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(requestFeature);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpRequestLifetimeFeature>(lifetime);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "export",
            LocalIpAddress = IPAddress.Loopback,
            RemoteIpAddress = IPAddress.Loopback,
            LocalPort = request.Site.Port,
        });
        features.Set(export);
        if (request.Endpoint is not null)
        {
            // A page without a URL (500.page): routing skips matching when the endpoint is already chosen.
            features.Set<IEndpointFeature>(new ExportEndpointFeature(request.Endpoint));
        }

        return features;
    }
}
