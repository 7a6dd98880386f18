namespace Pages;

/// <summary>
/// The scheme check of URL attributes (docs/language.md, "URL attributes"): a value written into <c>href</c>,
/// <c>src</c>, <c>action</c> and the other attributes a browser follows or loads, when it comes from a hole or a
/// spread, may not start a <c>javascript:</c>, <c>vbscript:</c> or (other than a raster image) <c>data:</c> URL.
/// Such a value is written prefixed with <c>unsafe:</c>, an unknown scheme a browser will not run (as Angular
/// does), so the page still renders and the cause stays visible in its source. Literal attributes are not checked.
/// </summary>
internal static class UrlAttribute
{
    /// <summary>What an unsafe URL is prefixed with.</summary>
    public static ReadOnlySpan<byte> UnsafePrefix => "unsafe:"u8;

    /// <summary>Whether the attribute (name in UTF-8 or UTF-16, any case) holds a URL that a browser navigates to or loads.</summary>
    public static bool IsUrlAttribute(ReadOnlySpan<byte> name) => name.Length switch
    {
        3 => Is(name, "src"u8),
        4 => Is(name, "href"u8) || Is(name, "cite"u8) || Is(name, "data"u8),
        6 => Is(name, "action"u8) || Is(name, "poster"u8),
        8 => Is(name, "codebase"u8) || Is(name, "manifest"u8),
        10 => Is(name, "formaction"u8) || Is(name, "xlink:href"u8) || Is(name, "background"u8),
        _ => false,
    };

    /// <inheritdoc cref="IsUrlAttribute(ReadOnlySpan{byte})"/>
    public static bool IsUrlAttribute(string name)
    {
        if (name.Length is < 3 or > 10)
        {
            return false;
        }

        Span<byte> ascii = stackalloc byte[10];
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] > 0x7F)
            {
                return false;
            }

            ascii[i] = (byte)name[i];
        }

        return IsUrlAttribute(ascii[..name.Length]);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a URL with a scheme that runs script: read as a browser reads it, after
    /// leading spaces and controls, and with tabs and line breaks removed (<c>java&#9;script:</c> is <c>javascript:</c>).
    /// </summary>
    public static bool IsUnsafe(ReadOnlySpan<char> value)
    {
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        var started = false;
        foreach (var c in value)
        {
            if (!started && c <= ' ')
            {
                continue;
            }

            started = true;
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return IsUnsafeScheme(scheme[..length], value);
            }

            if (length == scheme.Length || !(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        return false;
    }

    private static bool IsUnsafeScheme(ReadOnlySpan<char> scheme, ReadOnlySpan<char> value) =>
        scheme.SequenceEqual("javascript") || scheme.SequenceEqual("vbscript") ||
        (scheme.SequenceEqual("data") && !IsRasterImage(value));

    // data: URLs of raster images are common (inlined thumbnails) and cannot run script; SVG can, so it is not one.
    private static bool IsRasterImage(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(':');
        var rest = value[(colon + 1)..].TrimStart();
        foreach (var type in s_rasterTypes)
        {
            if (rest.StartsWith(type, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_rasterTypes =
        ["image/png;", "image/png,", "image/gif;", "image/gif,", "image/jpeg;", "image/jpeg,", "image/webp;", "image/webp,", "image/avif;", "image/avif,"];

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> lower)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            if ((name[i] | 0x20) != lower[i])
            {
                return false;
            }
        }

        return true;
    }
}
