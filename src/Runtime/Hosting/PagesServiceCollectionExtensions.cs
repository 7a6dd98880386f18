using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Pages;

/// <summary>Registers the Pages runtime: <c>builder.Services.AddPages()</c>.</summary>
public static class PagesServiceCollectionExtensions
{
    /// <summary>Adds the Pages runtime and its options (the counterpart of Astro's adapter configuration).</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets <see cref="PagesOptions"/>; <see langword="null"/> keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddPages(this IServiceCollection services, Action<PagesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PagesOptions>();
        // Settings resolved once, after every Configure: options, then MSBuild, then built-in defaults.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PagesOptions>, PagesOptionsBuildDefaults>());
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(static provider => new PagesRuntime(
            provider.GetRequiredService<IOptions<PagesOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.IsDevelopment() ?? false,
            provider.GetService<ILoggerFactory>()?.CreateLogger("Pages") ?? NullLogger.Instance));
        services.TryAddSingleton(static provider => new PageRenderer(provider, provider.GetRequiredService<PagesRuntime>()));
        services.TryAddSingleton(static _ => new AppRouteTable());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Routing.MatcherPolicy, RestSuffixMatcherPolicy>());
        services.TryAddSingleton(static provider => new RewriteMatcher(provider.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>()));
        if (StaticExportCommand.TryParse(Environment.GetCommandLineArgs(), out StaticExportCommand? command))
        {
            // `dotnet run -- build`: the same app, with Kestrel swapped for the in-process exporter (docs/static-export.md),
            // run in a process tuned for a short job; the hand-off happened before Main when the app has a manifest.
            ExportProcessTuning.HandOffBuildCommand();
            services.AddStaticExport(command);
        }

        return services;
    }
}
