using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace FleetSite;

/// <summary>
/// The Redis output cache store, made to fail soft: while Redis is unreachable a lookup is a miss and a write is
/// dropped (logged), so pages keep rendering instead of answering 500. The cache is an optimisation, never a
/// dependency of a page.
/// </summary>
public sealed class FailSoftOutputCacheStore(IOutputCacheStore inner, ILogger<FailSoftOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            logger.LogWarning("Output cache lookup failed, rendering instead: {Message}", ex.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            logger.LogWarning("Output cache write dropped: {Message}", ex.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            logger.LogWarning("Output cache eviction of tag {Tag} failed: {Message}", tag, ex.Message);
        }
    }

    private static bool IsStoreFailure(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;
}
