namespace Pages;

/// <summary>How page URLs treat a trailing slash (Astro's <c>trailingSlash</c>).</summary>
public enum TrailingSlash
{
    /// <summary>
    /// <c>/about</c> and <c>/about/</c> both answer (ASP.NET Core routing ignores a trailing slash); the export
    /// requests the form without one. The default.
    /// </summary>
    Ignore,

    /// <summary>Page URLs end with a slash (<c>/about/</c>); the export requests that form.</summary>
    Always,

    /// <summary>Page URLs have no trailing slash (<c>/about</c>); the export requests that form.</summary>
    Never,
}
