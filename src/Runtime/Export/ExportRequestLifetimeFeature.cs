using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>An exported request's lifetime: cancelled with the export, and <see cref="Abort"/> remembered as a failure.</summary>
internal sealed class ExportRequestLifetimeFeature : IHttpRequestLifetimeFeature, IDisposable
{
    private readonly CancellationTokenSource _aborted;

    public ExportRequestLifetimeFeature(CancellationToken exportCancelled)
    {
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(exportCancelled);
        RequestAborted = _aborted.Token;
    }

    public CancellationToken RequestAborted { get; set; }

    /// <summary>Whether the app aborted the request.</summary>
    public bool Aborted { get; private set; }

    public void Abort()
    {
        Aborted = true;
        _aborted.Cancel();
    }

    public void Dispose() => _aborted.Dispose();
}
