using System.Globalization;
using System.Text;

namespace Pages.Generators.Content;

/// <summary>
/// Writes the tokens of a content table, the UTF-8 text that the generated code reads with the runtime's
/// <c>Pages.ContentReader</c> (which documents the format): a number is ASCII decimal ending in <c>;</c>, a string its
/// UTF-8 length, <c>:</c> and its text, a null <c>~</c>.
/// </summary>
internal static class ContentTable
{
    public const string Null = "~";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture) + ";";

    /// <summary>
    /// A string token. The text is well-formed UTF-16 (read from a decoded file, and YamlDotNet rejects an escape of a
    /// lone surrogate), so the UTF-8 that the generated code makes of the table has exactly the lengths written here.
    /// </summary>
    public static string String(string value)
        => Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture) + ":" + value;
}
