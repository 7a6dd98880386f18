using System.Buffers;

namespace Pages;

/// <summary>Rules for attribute names that come from data (spreads), so a key cannot break out of its tag.</summary>
internal static class HtmlAttributeName
{
    // HTML forbids controls, whitespace, quotes, '>', '/' and '=' in attribute names; '<' and '`' are
    // refused too, since no legitimate name holds them and old parsers treated them specially.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " \"'<>/=`\u007F");

    /// <summary>Whether <paramref name="name"/> can be written as an attribute name as it is.</summary>
    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.AsSpan().IndexOfAny(Forbidden) < 0;

    /// <summary>Throws when <paramref name="name"/> is not a valid attribute name.</summary>
    public static void ThrowIfInvalid(string? name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid HTML attribute name: a spread's keys must be non-empty and hold no whitespace, quotes, '<', '>', '/', '=' or control characters.",
                nameof(name));
        }
    }

    /// <summary>Whether the attribute writes booleans as <c>"true"</c>/<c>"false"</c> (<c>data-*</c>, <c>aria-*</c>).</summary>
    public static bool IsDataOrAria(string name) =>
        name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase);
}
