namespace Pages;

/// <summary>A registered collection, whatever its schema type.</summary>
internal abstract class ContentCollection
{
    /// <summary>The schema's full type name, for error messages.</summary>
    public abstract string DataTypeName { get; }

    /// <summary>Creates the entries again on next use (Hot Reload may have changed the code that creates them).</summary>
    public abstract void ClearEntries();

    /// <summary>
    /// Renders the entries' bodies into their cache, from the last entry (by id) backwards, until <paramref name="stopped"/>
    /// says so: the export's warm-up, on a core that is idle while the host starts (<see cref="ExportWarmUp"/>). A body
    /// that fails to render is left to the page that shows it, which gets the same failure.
    /// </summary>
    public abstract void RenderBodiesBackwards(Func<bool> stopped);
}

/// <summary>A registered collection: its entries, created once on first use, sorted by id, indexed by id.</summary>
/// <typeparam name="T">The schema record.</typeparam>
internal sealed class ContentCollection<T>(Func<IEnumerable<ContentEntry<T>>> create) : ContentCollection
{
    private volatile Lazy<(ContentEntry<T>[] Sorted, Dictionary<string, ContentEntry<T>> ById)> _entries = CreateEntries(create);

    public override string DataTypeName => typeof(T).FullName ?? typeof(T).Name;

    /// <summary>All entries, sorted by id (ordinal).</summary>
    public ContentEntry<T>[] Entries => _entries.Value.Sorted;

    /// <summary>The entry with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public ContentEntry<T>? Find(string id) => _entries.Value.ById.GetValueOrDefault(id);

    /// <inheritdoc/>
    public override void ClearEntries() => _entries = CreateEntries(create);

    /// <inheritdoc/>
    public override void RenderBodiesBackwards(Func<bool> stopped)
    {
        ContentEntry<T>[] entries = Entries;
        for (int i = entries.Length - 1; i >= 0 && !stopped(); i--)
        {
            try
            {
                _ = entries[i].Html;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The page that shows this body renders it again and reports the failure.
            }
        }
    }

    private static Lazy<(ContentEntry<T>[] Sorted, Dictionary<string, ContentEntry<T>> ById)> CreateEntries(
        Func<IEnumerable<ContentEntry<T>>> create) => new(() =>
    {
        ContentEntry<T>[] sorted = [.. create()];
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var byId = new Dictionary<string, ContentEntry<T>>(sorted.Length, StringComparer.Ordinal);
        foreach (ContentEntry<T> entry in sorted)
        {
            byId.TryAdd(entry.Id, entry);
        }

        return (sorted, byId);
    }, LazyThreadSafetyMode.ExecutionAndPublication);
}
