using System;
using System.Globalization;
namespace Pages.Generators.Content;

/// <summary>
/// Converts a YAML scalar's text into the content table token of a schema type (see <see cref="ContentTable"/>),
/// in the invariant culture, or says what was expected. Dates: ISO 8601 or forms like <c>Jul 08 2022</c>; <see cref="DateTimeKind.Unspecified"/>
/// unless the text has an offset (then converted to UTC); a <see cref="DateTimeOffset"/> without an offset is UTC.
/// </summary>
internal static class ScalarToken
{
    private const string DateForms = "ISO 8601 like 2022-07-08 or 2022-07-08T10:30:00Z, or like Jul 08 2022";

    /// <summary>The token for <paramref name="text"/> as <paramref name="type"/>, or null with <paramref name="expected"/> set.</summary>
    public static string? Convert(string text, SchemaType type, out string expected)
    {
        var value = text.Trim();
        switch (type.Kind)
        {
            case SchemaKind.String:
                expected = "a string";
                return ContentTable.String(text);
            case SchemaKind.Int32:
                expected = "a whole number between -2147483648 and 2147483647";
                return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? ContentTable.Number(i) : null;
            case SchemaKind.Int64:
                expected = "a whole number (long)";
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? ContentTable.Number(l) : null;
            case SchemaKind.Double:
                expected = "a number";
                return Floating(value, single: false);
            case SchemaKind.Single:
                expected = "a number";
                return Floating(value, single: true);
            case SchemaKind.Decimal:
                expected = "a decimal number";
                return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? ContentTable.String(m.ToString(CultureInfo.InvariantCulture)) : null;
            case SchemaKind.Boolean:
                expected = "true or false";
                return value.Equals("true", StringComparison.OrdinalIgnoreCase) ? ContentTable.Number(1) : value.Equals("false", StringComparison.OrdinalIgnoreCase) ? ContentTable.Number(0) : null;
            case SchemaKind.DateTime:
                expected = "a date (" + DateForms + ")";
                return DateTimeToken(value);
            case SchemaKind.DateOnly:
                expected = "a date without a time (" + DateForms + ")";
                return DateOnlyToken(value);
            case SchemaKind.DateTimeOffset:
                expected = "a date and time (" + DateForms + ")";
                return DateTimeOffsetToken(value);
            case SchemaKind.Enum:
                expected = "one of " + string.Join(", ", type.EnumMembers);
                // The member's index in the schema's list: the generated code keeps the members in that order.
                for (var index = 0; index < type.EnumMembers.Count; index++)
                {
                    if (string.Equals(type.EnumMembers[index], value, StringComparison.OrdinalIgnoreCase))
                    {
                        return ContentTable.Number(index);
                    }
                }
                return null;
            default:
                expected = "a value of " + type.TypeName;
                return null;
        }
    }

    /// <summary>A double's IEEE 754 bits (a float's value widened to double): exact, and the same for NaN and infinities.</summary>
    private static string? Floating(string value, bool single)
    {
        double d;
        switch (value.ToLowerInvariant())
        {
            case ".inf": case "+.inf": d = double.PositiveInfinity; break;
            case "-.inf": d = double.NegativeInfinity; break;
            case ".nan": d = double.NaN; break;
            default:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out d) || double.IsInfinity(d))
                {
                    return null;
                }
                break;
        }
        return ContentTable.Number(BitConverter.DoubleToInt64Bits(single ? (float)d : d));
    }

    /// <summary>Whether the text carries a UTC designator or an offset after its time.</summary>
    private static bool HasOffset(string value)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)
           && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var roundtrip)
           && roundtrip.Kind != DateTimeKind.Unspecified;

    private static bool TryParseDate(string value, out DateTime date)
        => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out date);

    private static string? DateTimeToken(string value)
    {
        if (!TryParseDate(value, out var date))
        {
            return null;
        }
        var kind = HasOffset(value) ? DateTimeKind.Utc : DateTimeKind.Unspecified;
        return ContentTable.Number(date.Ticks) + ContentTable.Number((int)kind);
    }

    private static string? DateOnlyToken(string value)
    {
        if (!TryParseDate(value, out var date) || date.TimeOfDay != TimeSpan.Zero || HasOffset(value))
        {
            return null;
        }
        // DateOnly.DayNumber: days since 0001-01-01.
        return ContentTable.Number(date.Ticks / TimeSpan.TicksPerDay);
    }

    private static string? DateTimeOffsetToken(string value)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return null;
        }
        return ContentTable.Number(moment.DateTime.Ticks) + ContentTable.Number((int)moment.Offset.TotalMinutes);
    }
}
