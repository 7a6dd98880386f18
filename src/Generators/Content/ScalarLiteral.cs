using System;
using System.Globalization;
using System.Linq;
using Pages.Generators.Emit;

namespace Pages.Generators.Content;

/// <summary>
/// Converts a YAML scalar's text into a C# literal of a schema type, in the invariant culture, or says what
/// was expected. Dates: ISO 8601 or forms like <c>Jul 08 2022</c>; <see cref="DateTimeKind.Unspecified"/>
/// unless the text has an offset (then converted to UTC); a <see cref="DateTimeOffset"/> without an offset is UTC.
/// </summary>
internal static class ScalarLiteral
{
    private const string DateForms = "ISO 8601 like 2022-07-08 or 2022-07-08T10:30:00Z, or like Jul 08 2022";

    /// <summary>The C# expression for <paramref name="text"/> as <paramref name="type"/>, or null with <paramref name="expected"/> set.</summary>
    public static string? Convert(string text, SchemaType type, out string expected)
    {
        var value = text.Trim();
        switch (type.Kind)
        {
            case SchemaKind.String:
                expected = "a string";
                return CSharpLiteral.String(text);
            case SchemaKind.Int32:
                expected = "a whole number between -2147483648 and 2147483647";
                return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i.ToString(CultureInfo.InvariantCulture) : null;
            case SchemaKind.Int64:
                expected = "a whole number (long)";
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l.ToString(CultureInfo.InvariantCulture) + "L" : null;
            case SchemaKind.Double:
                expected = "a number";
                return Floating(value, "double", "d");
            case SchemaKind.Single:
                expected = "a number";
                return Floating(value, "float", "f");
            case SchemaKind.Decimal:
                expected = "a decimal number";
                return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m.ToString(CultureInfo.InvariantCulture) + "m" : null;
            case SchemaKind.Boolean:
                expected = "true or false";
                return value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "true" : value.Equals("false", StringComparison.OrdinalIgnoreCase) ? "false" : null;
            case SchemaKind.DateTime:
                expected = "a date (" + DateForms + ")";
                return DateTimeLiteral(value);
            case SchemaKind.DateOnly:
                expected = "a date without a time (" + DateForms + ")";
                return DateOnlyLiteral(value);
            case SchemaKind.DateTimeOffset:
                expected = "a date and time (" + DateForms + ")";
                return DateTimeOffsetLiteral(value);
            case SchemaKind.Enum:
                expected = "one of " + string.Join(", ", type.EnumMembers);
                var member = type.EnumMembers.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
                return member is null ? null : type.TypeName + "." + member;
            default:
                expected = "a value of " + type.TypeName;
                return null;
        }
    }

    private static string? Floating(string value, string keyword, string suffix)
    {
        switch (value.ToLowerInvariant())
        {
            case ".inf": case "+.inf": return keyword + ".PositiveInfinity";
            case "-.inf": return keyword + ".NegativeInfinity";
            case ".nan": return keyword + ".NaN";
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsInfinity(d))
        {
            return null;
        }
        return (suffix == "f" ? ((float)d).ToString("R", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture)) + suffix;
    }

    /// <summary>Whether the text carries a UTC designator or an offset after its time.</summary>
    private static bool HasOffset(string value)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)
           && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var roundtrip)
           && roundtrip.Kind != DateTimeKind.Unspecified;

    private static bool TryParseDate(string value, out DateTime date)
        => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out date);

    private static string? DateTimeLiteral(string value)
    {
        if (!TryParseDate(value, out var date))
        {
            return null;
        }
        var kind = HasOffset(value) ? DateTimeKind.Utc : DateTimeKind.Unspecified;
        date = DateTime.SpecifyKind(date, kind);
        return $"new global::System.DateTime({Components(date)}, global::System.DateTimeKind.{kind}){Ticks(date)}";
    }

    private static string? DateOnlyLiteral(string value)
    {
        if (!TryParseDate(value, out var date) || date.TimeOfDay != TimeSpan.Zero || HasOffset(value))
        {
            return null;
        }
        return string.Format(CultureInfo.InvariantCulture, "new global::System.DateOnly({0}, {1}, {2})", date.Year, date.Month, date.Day);
    }

    private static string? DateTimeOffsetLiteral(string value)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return null;
        }
        var offset = string.Format(CultureInfo.InvariantCulture, "global::System.TimeSpan.FromMinutes({0})", (int)moment.Offset.TotalMinutes);
        return $"new global::System.DateTimeOffset({Components(moment.DateTime)}, {offset}){Ticks(moment.DateTime)}";
    }

    private static string Components(DateTime date) => string.Format(CultureInfo.InvariantCulture,
        "{0}, {1}, {2}, {3}, {4}, {5}", date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second);

    private static string Ticks(DateTime date)
    {
        var ticks = date.Ticks % TimeSpan.TicksPerSecond;
        return ticks == 0 ? "" : string.Format(CultureInfo.InvariantCulture, ".AddTicks({0})", ticks);
    }
}
