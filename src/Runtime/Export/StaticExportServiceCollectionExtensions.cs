using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pages;

/// <summary>Swaps the app's server (Kestrel) for the in-process exporter.</summary>
internal static class StaticExportServiceCollectionExtensions
{
    public static IServiceCollection AddStaticExport(this IServiceCollection services, StaticExportCommand command)
    {
        // Kestrel is registered by the web host before the app's own services; removing it means no port is opened.
        services.RemoveAll<IServer>();
        services.AddSingleton(command);
        services.AddSingleton<IServer>(static provider => new StaticExportServer(provider, provider.GetRequiredService<StaticExportCommand>()));
        return services;
    }
}
