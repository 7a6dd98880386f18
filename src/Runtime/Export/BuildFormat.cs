namespace Pages;

/// <summary>How the static export names a page's file (Astro's <c>build.format</c>; MSBuild <c>PagesBuildFormat</c>).</summary>
public enum BuildFormat
{
    /// <summary><c>/about</c> is written as <c>about/index.html</c>, served at <c>/about/</c> by any static host. The default.</summary>
    Directory,

    /// <summary><c>/about</c> is written as <c>about.html</c>.</summary>
    File,
}
