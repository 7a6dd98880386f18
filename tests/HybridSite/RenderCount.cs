using System.Collections.Concurrent;

namespace HybridSite;

/// <summary>Counts each page's renders, so a response shows whether it was rendered for this request.</summary>
public static class RenderCount
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public static int Next(string page) => Counts.AddOrUpdate(page, 1, static (_, n) => n + 1);
}
