using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(Pages.PagesHotReload))]

namespace Pages;

/// <summary>
/// Called by .NET Hot Reload (<c>dotnet watch</c>, a debugger's apply-changes) after it has applied edits to a
/// running app: an edited <c>.page</c> is new code, so what was rendered or created from the old code is dropped —
/// prerendered answers kept in memory and content collections (their entries hold frontmatter compiled into the
/// app). Nothing here runs without Hot Reload; a Native AOT app never calls it. The runtime finds this type through
/// <see cref="MetadataUpdateHandlerAttribute"/>, whose constructor argument keeps its static methods from trimming.
/// </summary>
internal static class PagesHotReload
{
    private static readonly Lock Gate = new();
    private static readonly List<WeakReference<PrerenderedResponses>> Caches = [];

    /// <summary>Has <paramref name="responses"/> cleared after each update (only when Hot Reload is on in this process).</summary>
    public static void Track(PrerenderedResponses responses)
    {
        if (!MetadataUpdater.IsSupported)
        {
            return;
        }

        lock (Gate)
        {
            Caches.RemoveAll(static reference => !reference.TryGetTarget(out _));
            Caches.Add(new WeakReference<PrerenderedResponses>(responses));
        }
    }

    /// <summary>Hot Reload's first callback: drops every cache that holds output of the old code.</summary>
    /// <param name="updatedTypes">The types the update changed, or <see langword="null"/> when unknown.</param>
    public static void ClearCache(Type[]? updatedTypes)
    {
        ContentRegistry.ClearEntries();
        lock (Gate)
        {
            foreach (WeakReference<PrerenderedResponses> reference in Caches)
            {
                if (reference.TryGetTarget(out PrerenderedResponses? responses))
                {
                    responses.Clear();
                }
            }
        }
    }

    /// <summary>Hot Reload's second callback; the next request renders with the new code, so there is nothing to redraw.</summary>
    /// <param name="updatedTypes">The types the update changed, or <see langword="null"/> when unknown.</param>
    public static void UpdateApplication(Type[]? updatedTypes)
    {
    }
}
