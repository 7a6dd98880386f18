using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace FleetSite;

/// <summary>
/// What the instances of a fleet share through one Redis: the output cache (a page rendered by one instance is served
/// by all) and the Data Protection key ring (antiforgery tokens and protected cookies made by one instance verify on
/// every other).
/// </summary>
public static class SharedRedis
{
    /// <summary>Where the key ring lives in Redis.</summary>
    public const string KeyRingKey = "pages-fleet:data-protection-keys";

    public static IServiceCollection AddSharedRedis(this IServiceCollection services, string configuration, string applicationName)
    {
        var options = ConfigurationOptions.Parse(configuration);
        // Start even when Redis is down, fail fast while it is (no queue of commands waiting for a reconnect), and
        // give up on a slow Redis within a second: pages then render without the cache instead of hanging.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 1000;
        options.AsyncTimeout = 1000;
        options.SyncTimeout = 1000;
        var redis = ConnectionMultiplexer.Connect(options);
        services.AddSingleton<IConnectionMultiplexer>(redis);

        services.AddStackExchangeRedisOutputCache(cache =>
        {
            cache.InstanceName = "pages-fleet:";
            cache.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
        });
        DecorateOutputCacheStore(services);

        // Same application name on every instance: it is part of each protector's purpose, so it must match.
        services.AddDataProtection()
            .SetApplicationName(applicationName)
            .PersistKeysToStackExchangeRedis(redis, KeyRingKey);
        return services;
    }

    /// <summary>Wraps the Redis store registered above in <see cref="FailSoftOutputCacheStore"/>.</summary>
    private static void DecorateOutputCacheStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider =>
        {
            var inner = registered.ImplementationInstance as IOutputCacheStore
                ?? registered.ImplementationFactory?.Invoke(provider) as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
            return new FailSoftOutputCacheStore(inner, provider.GetRequiredService<ILogger<FailSoftOutputCacheStore>>());
        });
    }
}
