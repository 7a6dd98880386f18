using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Pages;

/// <summary>
/// The content collections of every loaded assembly built with Pages. The generated module initializer of
/// an assembly with <see cref="CollectionAttribute"/> records registers them here; apps read them through
/// <see cref="Content"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ContentRegistry
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, List<ContentCollection>> Collections = new(StringComparer.Ordinal);

    /// <summary>Registers a collection; its entries are created on first use. Called by generated code.</summary>
    /// <typeparam name="T">The collection's schema record.</typeparam>
    /// <param name="name">The collection's name (its folder under the content root).</param>
    /// <param name="entries">Creates the entries (called once).</param>
    public static void Add<T>(string name, Func<IEnumerable<ContentEntry<T>>> entries)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        lock (Gate)
        {
            if (!Collections.TryGetValue(name, out List<ContentCollection>? list))
            {
                list = [];
                Collections.Add(name, list);
            }

            foreach (ContentCollection existing in list)
            {
                if (existing is ContentCollection<T>)
                {
                    return;
                }
            }

            list.Add(new ContentCollection<T>(entries));
        }
    }

    /// <summary>Has every collection create its entries again on next use (after a Hot Reload update).</summary>
    internal static void ClearEntries()
    {
        lock (Gate)
        {
            foreach (List<ContentCollection> list in Collections.Values)
            {
                foreach (ContentCollection collection in list)
                {
                    collection.ClearEntries();
                }
            }
        }
    }

    /// <summary>
    /// Renders every registered collection's bodies into their entries' cache, each from its last entry backwards, until
    /// <paramref name="stopped"/> says so (<see cref="ContentCollection.RenderBodiesBackwards"/>; the export's warm-up).
    /// </summary>
    internal static void RenderBodiesBackwards(Func<bool> stopped)
    {
        List<ContentCollection> collections = [];
        lock (Gate)
        {
            foreach (List<ContentCollection> list in Collections.Values)
            {
                collections.AddRange(list);
            }
        }

        foreach (ContentCollection collection in collections)
        {
            collection.RenderBodiesBackwards(stopped);
        }
    }

    /// <summary>The collection <paramref name="name"/> whose schema is <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">No such collection is registered.</exception>
    internal static ContentCollection<T> Get<T>(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ContentCollection<T>? found = Find<T>(name, out string? otherTypes);
        if (found is null && otherTypes is null)
        {
            // The schema's assembly may not have run its module initializer yet (a library nothing has touched).
            RuntimeHelpers.RunModuleConstructor(typeof(T).Module.ModuleHandle);
            found = Find<T>(name, out otherTypes);
        }

        return found ?? throw new InvalidOperationException(otherTypes is null
            ? $"There is no content collection named '{name}'. Declare one with [Collection(\"{name}\")] on a record and put its entries in Content/{name}/."
            : $"The content collection '{name}' holds {otherTypes}, not {typeof(T).FullName}.");
    }

    private static ContentCollection<T>? Find<T>(string name, out string? otherTypes)
    {
        otherTypes = null;
        lock (Gate)
        {
            if (!Collections.TryGetValue(name, out List<ContentCollection>? list))
            {
                return null;
            }

            foreach (ContentCollection collection in list)
            {
                if (collection is ContentCollection<T> typed)
                {
                    return typed;
                }
            }

            otherTypes = string.Join(" and ", list.ConvertAll(c => c.DataTypeName));
            return null;
        }
    }
}
