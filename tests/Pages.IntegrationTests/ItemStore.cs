using System.Collections.Concurrent;

namespace Pages.IntegrationTests;

/// <summary>The in-memory items behind the test endpoints.</summary>
public static class ItemStore
{
    private static readonly ConcurrentDictionary<int, Item> Items = new() { [1] = new Item(1, "Tea"), [2] = new Item(2, "Cake") };

    public static Item[] All() => Items.Values.OrderBy(i => i.Id).ToArray();

    public static Item? Find(int id) => Items.TryGetValue(id, out var item) ? item : null;

    public static void Add(Item item) => Items[item.Id] = item;

    public static bool Remove(int id) => Items.TryRemove(id, out _);
}
