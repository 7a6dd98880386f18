using Microsoft.AspNetCore.Html;
using System.Collections.Generic;

namespace Pages;

// Attributes: `name={expr}` writes ` name="encoded"`; true writes the bare name; false and null drop the
// attribute, except for data-* and aria-*, where true and false are written as "true" and "false".
public sealed partial class HtmlWriter
{
    /// <summary>Writes <c> name="value"</c> with the value encoded; <see langword="null"/> drops the attribute.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            return;
        }

        WriteAttributeStart(name);
        WriteUrlGuard(name, value);
        Write(value);
        WriteLiteral("\""u8);
    }

    /// <summary>Writes the bare attribute name when <paramref name="value"/> is true, nothing when false.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">Whether the attribute is present.</param>
    public void WriteAttribute(ReadOnlySpan<byte> name, bool value)
    {
        if (value)
        {
            WriteLiteral(" "u8);
            WriteLiteral(name);
        }
    }

    /// <summary>Writes the bare attribute name when <paramref name="value"/> is true; false and null drop it.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">Whether the attribute is present.</param>
    public void WriteAttribute(ReadOnlySpan<byte> name, bool? value) => WriteAttribute(name, value == true);

    /// <summary>Writes <c> name="value"</c> with a formattable value (current culture), encoded.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute<T>(ReadOnlySpan<byte> name, T value) where T : IUtf8SpanFormattable
        => WriteAttribute(name, value, null);

    /// <summary>Writes <c> name="value"</c> with a formattable value and a format string, encoded.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">A .NET format string; <see langword="null"/> for the default format.</param>
    public void WriteAttribute<T>(ReadOnlySpan<byte> name, T value, string? format) where T : IUtf8SpanFormattable
    {
        WriteAttributeStart(name);
        WriteFormatted(value, format);
        WriteLiteral("\""u8);
    }

    /// <summary>Writes <c> name="value"</c> for a nullable formattable value; <see langword="null"/> drops the attribute.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute<T>(ReadOnlySpan<byte> name, T? value) where T : struct, IUtf8SpanFormattable
        => WriteAttribute(name, value, null);

    /// <summary>Writes <c> name="value"</c> for a nullable formattable value with a format; <see langword="null"/> drops the attribute.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">A .NET format string; <see langword="null"/> for the default format.</param>
    public void WriteAttribute<T>(ReadOnlySpan<byte> name, T? value, string? format) where T : struct, IUtf8SpanFormattable
    {
        if (value.HasValue)
        {
            WriteAttribute(name, value.GetValueOrDefault(), format);
        }
    }

    /// <summary>Writes an attribute whose value's type is known only at run time: <see langword="null"/> drops it, a bool follows the bool rule.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteAttribute(ReadOnlySpan<byte> name, object? value) => WriteAttribute(name, value, null);

    /// <summary>Writes an attribute whose value's type is known only at run time, with a format string.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">A .NET format string, used when the value is formattable.</param>
    public void WriteAttribute(ReadOnlySpan<byte> name, object? value, string? format)
    {
        switch (value)
        {
            case null:
                return;
            case bool present:
                WriteAttribute(name, present);
                return;
            default:
                WriteAttributeStart(name);
                WriteUrlGuard(name, value);
                Write(value, format);
                WriteLiteral("\""u8);
                return;
        }
    }

    /// <summary>Writes a <c>data-*</c> or <c>aria-*</c> attribute: <see langword="null"/> drops it.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteDataAttribute(ReadOnlySpan<byte> name, string? value) => WriteAttribute(name, value);

    /// <summary>Writes a <c>data-*</c> or <c>aria-*</c> attribute with <c>"true"</c> or <c>"false"</c>.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteDataAttribute(ReadOnlySpan<byte> name, bool value)
    {
        WriteAttributeStart(name);
        WriteLiteral(value ? "true\""u8 : "false\""u8);
    }

    /// <summary>Writes a <c>data-*</c> or <c>aria-*</c> attribute with <c>"true"</c> or <c>"false"</c>; <see langword="null"/> drops it.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteDataAttribute(ReadOnlySpan<byte> name, bool? value)
    {
        if (value.HasValue)
        {
            WriteDataAttribute(name, value.GetValueOrDefault());
        }
    }

    /// <summary>Writes a <c>data-*</c> or <c>aria-*</c> attribute of any value: bools as <c>"true"</c>/<c>"false"</c>, <see langword="null"/> drops it.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    public void WriteDataAttribute(ReadOnlySpan<byte> name, object? value) => WriteDataAttribute(name, value, null);

    /// <summary>Writes a <c>data-*</c> or <c>aria-*</c> attribute of any value with a format string.</summary>
    /// <param name="name">The attribute name, UTF-8.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">A .NET format string, used when the value is formattable.</param>
    public void WriteDataAttribute(ReadOnlySpan<byte> name, object? value, string? format)
    {
        if (value is bool flag)
        {
            WriteDataAttribute(name, flag);
            return;
        }

        WriteAttribute(name, value, format);
    }

    /// <summary>
    /// Writes a spread (<c>{...attrs}</c>): each pair follows the same value rules as a single attribute,
    /// <c>data-*</c>/<c>aria-*</c> names included. A name that is not a valid attribute name throws.
    /// </summary>
    /// <param name="attributes">The attributes; <see langword="null"/> writes nothing.</param>
    /// <exception cref="ArgumentException">A name is empty or holds a character not allowed in an attribute name.</exception>
    public void WriteAttributes(IEnumerable<KeyValuePair<string, object?>>? attributes)
    {
        if (attributes is null)
        {
            return;
        }

        foreach (KeyValuePair<string, object?> attribute in attributes)
        {
            HtmlAttributeName.ThrowIfInvalid(attribute.Key);
            switch (attribute.Value)
            {
                case null:
                    continue;
                case bool flag when HtmlAttributeName.IsDataOrAria(attribute.Key):
                    WriteSpreadNameStart(attribute.Key);
                    WriteLiteral(flag ? "=\"true\""u8 : "=\"false\""u8);
                    continue;
                case bool flag:
                    if (flag)
                    {
                        WriteSpreadNameStart(attribute.Key);
                    }

                    continue;
                default:
                    WriteSpreadNameStart(attribute.Key);
                    WriteLiteral("=\""u8);
                    if (UrlAttribute.IsUrlAttribute(attribute.Key) && IsUnsafeUrl(attribute.Value))
                    {
                        WriteLiteral(UrlAttribute.UnsafePrefix);
                    }

                    Write(attribute.Value);
                    WriteLiteral("\""u8);
                    continue;
            }
        }
    }

    // A URL attribute's value that would run script gets an inert scheme in front (UrlAttribute).
    private void WriteUrlGuard(ReadOnlySpan<byte> name, object value)
    {
        if (UrlAttribute.IsUrlAttribute(name) && IsUnsafeUrl(value))
        {
            WriteLiteral(UrlAttribute.UnsafePrefix);
        }
    }

    private static bool IsUnsafeUrl(object? value) => value switch
    {
        string text => UrlAttribute.IsUnsafe(text),
        Uri uri => UrlAttribute.IsUnsafe(uri.OriginalString),
        IHtmlContent or IUtf8SpanFormattable or null => false,
        _ => UrlAttribute.IsUnsafe(value.ToString()),
    };

    private void WriteAttributeStart(ReadOnlySpan<byte> name)
    {
        WriteLiteral(" "u8);
        WriteLiteral(name);
        WriteLiteral("=\""u8);
    }

    private void WriteSpreadNameStart(string name)
    {
        WriteLiteral(" "u8);
        WriteRaw(name.AsSpan());
    }
}
