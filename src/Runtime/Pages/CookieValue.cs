using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pages;

/// <summary>A request cookie's value, with Astro's conversions.</summary>
public sealed class CookieValue
{
    internal CookieValue(string value) => Value = value;

    /// <summary>The raw value.</summary>
    public string Value { get; }

    /// <summary>The value as a number (invariant culture); <see cref="double.NaN"/> when it is not one.</summary>
    /// <returns>The number.</returns>
    public double Number() =>
        double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number : double.NaN;

    /// <summary>The value as a boolean: <c>""</c>, <c>"0"</c> and <c>"false"</c> (any case) are false, anything else true.</summary>
    /// <returns>The boolean.</returns>
    public bool Boolean() =>
        Value.Length != 0 && Value != "0" && !Value.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value parsed as JSON with source-generated metadata (AOT-safe).</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="typeInfo">The type's metadata from a <c>JsonSerializerContext</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The value is not valid JSON for <typeparamref name="T"/>.</exception>
    public T? Json<T>(JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(Value, typeInfo);

    /// <summary>The raw value.</summary>
    /// <returns>The raw value.</returns>
    public override string ToString() => Value;
}
