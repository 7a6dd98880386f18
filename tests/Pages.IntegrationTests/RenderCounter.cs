using System.Collections.Concurrent;

namespace Pages.IntegrationTests;

/// <summary>Counts renders per page, so tests can tell a kept prerendered answer from a fresh render.</summary>
public static class RenderCounter
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public static int Next(string page) => Counts.AddOrUpdate(page, 1, static (_, n) => n + 1);

    public static int Current(string page) => Counts.TryGetValue(page, out var n) ? n : 0;
}
