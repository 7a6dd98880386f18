namespace Pages.LanguageServer.Workspace;

/// <summary>
/// Debounces diagnostics: each change of a page restarts its timer, and only the last change within
/// <see cref="Delay"/> computes and publishes. Typing a word costs one compilation, not one per key.
/// </summary>
internal sealed class DiagnosticsScheduler(Func<string, CancellationToken, Task> publish, Action<string> log)
{
    /// <summary>Quiet time after the last change before diagnostics are computed.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(75);

    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);

    public void Schedule(string uri)
    {
        var source = new CancellationTokenSource();
        lock (_pending)
        {
            // A newer change makes the older computation useless, even when it already started.
            if (_pending.TryGetValue(uri, out var previous))
            {
                previous.Cancel();
            }
            _pending[uri] = source;
        }
        _ = RunAsync(uri, source);
    }

    private async Task RunAsync(string uri, CancellationTokenSource source)
    {
        try
        {
            await Task.Delay(Delay, source.Token).ConfigureAwait(false);
            await publish(uri, source.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            log($"diagnostics for {uri} failed: {ex}");
        }
        finally
        {
            lock (_pending)
            {
                if (_pending.TryGetValue(uri, out var current) && current == source)
                {
                    _pending.Remove(uri);
                }
            }
        }
    }
}
