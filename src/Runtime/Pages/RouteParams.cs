using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Routing;

namespace Pages;

/// <summary>A page's route values as strings: <c>Params["id"]</c>, <see langword="null"/> when absent.</summary>
public sealed class RouteParams : IEnumerable<KeyValuePair<string, string?>>
{
    private readonly RouteValueDictionary _values;

    internal RouteParams(RouteValueDictionary values) => _values = values;

    /// <summary>
    /// The value of the route parameter <paramref name="name"/>; <see langword="null"/> when absent or empty
    /// (a <c>[...rest]</c> parameter at its bare prefix).
    /// </summary>
    /// <param name="name">The parameter name, as in the file name (<c>[id]</c> → <c>"id"</c>).</param>
    public string? this[string name] => ToText(_values.TryGetValue(name, out object? value) ? value : null);

    /// <summary>Whether the route has a non-empty value for <paramref name="name"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns><see langword="true"/> when <c>this[name]</c> is not <see langword="null"/>.</returns>
    public bool Has(string name) => this[name] is not null;

    /// <summary>Enumerates the route values that are present.</summary>
    /// <returns>The names and values.</returns>
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator()
    {
        foreach (KeyValuePair<string, object?> pair in _values)
        {
            string? text = ToText(pair.Value);
            if (text is not null)
            {
                yield return new(pair.Key, text);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
