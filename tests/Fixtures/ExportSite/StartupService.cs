namespace ExportSite;

/// <summary>A hosted service that takes a while to start, as one that warms a cache would.</summary>
public sealed class StartupService(StartupState state) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(200, cancellationToken);
        state.Value = "started";
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
