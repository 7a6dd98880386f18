using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pages;

/// <summary>
/// The app's <see cref="IServer"/> during <c>dotnet run -- build</c>: it opens no port; once the app has started
/// (after every hosted service), it sends each prerendered route through the app's own request pipeline, writes
/// the files, sets the exit code (0, or 1 on any failure) and stops the app.
/// </summary>
internal sealed class StaticExportServer : IServer
{
    private readonly IServiceProvider _services;
    private readonly StaticExportCommand _command;
    private readonly CancellationTokenSource _stopping = new();
    private Task _export = Task.CompletedTask;

    public StaticExportServer(IServiceProvider services, StaticExportCommand command)
    {
        _services = services;
        _command = command;
    }

    /// <summary>No addresses: nothing listens.</summary>
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        IHostApplicationLifetime lifetime = _services.GetRequiredService<IHostApplicationLifetime>();
        _services.GetRequiredService<PagesRuntime>().RequestHooks = ExportRequestHooks.Instance;
        var pipeline = new ExportPipeline<TContext>(application);

        // ApplicationStarted fires after every hosted service has started: the app is as ready as for a request.
        lifetime.ApplicationStarted.Register(() => _export = Task.Run(() => RunAsync(pipeline, lifetime)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _export.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(ExportPipeline pipeline, IHostApplicationLifetime lifetime)
    {
        bool succeeded;
        try
        {
            var exporter = new StaticExporter(_services, pipeline, _command, ExportConsole.Create());
            succeeded = await exporter.RunAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync($"Export failed: {exception}").ConfigureAwait(false);
            succeeded = false;
        }

        // Before stopping: app.Run() returns right after, and the process exits with this code.
        Environment.ExitCode = succeeded ? 0 : 1;
        lifetime.StopApplication();
    }
}
