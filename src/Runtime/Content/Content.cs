namespace Pages;

/// <summary>
/// Reads content collections (<c>Content/&lt;collection&gt;/**/*.md</c>), compiled into the app at build time:
/// synchronous, no files and no YAML at run time.
/// </summary>
public static class Content
{
    /// <summary>The entries of a collection, sorted by id (ordinal), optionally filtered.</summary>
    /// <typeparam name="T">The collection's schema record (the one marked <c>[Collection("name")]</c>).</typeparam>
    /// <param name="collection">The collection's name (<c>blog</c>).</param>
    /// <param name="filter">Keeps the entries for which it returns <see langword="true"/> (e.g. <c>e =&gt; !e.Data.Draft</c>).</param>
    /// <returns>A new list each call; the entries themselves are shared.</returns>
    /// <exception cref="InvalidOperationException">No collection <paramref name="collection"/> with schema <typeparamref name="T"/> exists.</exception>
    public static IReadOnlyList<ContentEntry<T>> GetCollection<T>(string collection, Func<ContentEntry<T>, bool>? filter = null)
    {
        RenderInputRecorder.Current?.ReadContent();
        ContentEntry<T>[] entries = ContentRegistry.Get<T>(collection).Entries;
        if (filter is null)
        {
            return Array.AsReadOnly(entries);
        }

        var kept = new List<ContentEntry<T>>();
        foreach (ContentEntry<T> entry in entries)
        {
            if (filter(entry))
            {
                kept.Add(entry);
            }
        }

        return kept;
    }

    /// <summary>The entry <paramref name="id"/> of a collection, or <see langword="null"/> when there is none.</summary>
    /// <typeparam name="T">The collection's schema record.</typeparam>
    /// <param name="collection">The collection's name (<c>blog</c>).</param>
    /// <param name="id">The entry's id: its path under the collection folder, no extension, lower-case (<c>2024/hello</c>).
    /// A <see langword="null"/> id (an absent route value) finds nothing.</param>
    /// <exception cref="InvalidOperationException">No collection <paramref name="collection"/> with schema <typeparamref name="T"/> exists.</exception>
    public static ContentEntry<T>? GetEntry<T>(string collection, string? id)
    {
        RenderInputRecorder.Current?.ReadContent();
        ContentCollection<T> found = ContentRegistry.Get<T>(collection);
        return id is null ? null : found.Find(id);
    }
}
