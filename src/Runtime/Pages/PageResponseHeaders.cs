using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Pages;

/// <summary>The response headers as page code sees them: reads pass through; changes obey the response rule (<see cref="PageResponse"/>).</summary>
internal sealed class PageResponseHeaders : IHeaderDictionary
{
    private readonly IHeaderDictionary _inner;
    private readonly PageBase _owner;

    public PageResponseHeaders(IHeaderDictionary inner, PageBase owner)
    {
        _inner = inner;
        _owner = owner;
    }

    public StringValues this[string key]
    {
        get => _inner[key];
        set
        {
            Guard(key);
            _inner[key] = value;
        }
    }

    public long? ContentLength
    {
        get => _inner.ContentLength;
        set
        {
            Guard("Content-Length");
            _inner.ContentLength = value;
        }
    }

    public ICollection<string> Keys => _inner.Keys;

    public ICollection<StringValues> Values => _inner.Values;

    public int Count => _inner.Count;

    public bool IsReadOnly => _inner.IsReadOnly;

    public void Add(string key, StringValues value)
    {
        Guard(key);
#pragma warning disable ASP0019 // a pass-through: the caller chose Add and gets Add's behaviour
        _inner.Add(key, value);
#pragma warning restore ASP0019
    }

    public void Add(KeyValuePair<string, StringValues> item)
    {
        Guard(item.Key);
        _inner.Add(item);
    }

    public void Clear()
    {
        _owner.ThrowIfResponseLocked("The response headers");
        _inner.Clear();
    }

    public bool Contains(KeyValuePair<string, StringValues> item) => _inner.Contains(item);

    public bool ContainsKey(string key) => _inner.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, StringValues>[] array, int arrayIndex) => _inner.CopyTo(array, arrayIndex);

    public bool Remove(string key)
    {
        Guard(key);
        return _inner.Remove(key);
    }

    public bool Remove(KeyValuePair<string, StringValues> item)
    {
        Guard(item.Key);
        return _inner.Remove(item);
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out StringValues value) => _inner.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, StringValues>> GetEnumerator() => _inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _inner.GetEnumerator();

    private void Guard(string name) => _owner.ThrowIfResponseLocked($"The response header '{name}'");
}
