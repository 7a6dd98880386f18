using System.Globalization;
using System.Text;

namespace Pages.Generators.Emit;

/// <summary>Escapes text into C# regular string literals (for <c>"..."u8</c> and plain strings).</summary>
internal static class CSharpLiteral
{
    public static string String(string value) => Append(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends <paramref name="value"/> as a C# string literal (quotes included) to <paramref name="builder"/>.</summary>
    public static StringBuilder Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"');
    }

    public static string Utf8(string value) => String(value) + "u8";
}
