using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pages;

/// <summary>Run-time settings of Pages, set with <c>builder.Services.AddPages(options => ...)</c>.</summary>
public sealed class PagesOptions
{
    /// <summary>
    /// The site's absolute URL (<c>"https://example.com"</c>), like Astro's <c>site</c>: exposed to pages as
    /// <see cref="PageBase.Site"/> and used as the exported requests' scheme and host.
    /// <see langword="null"/> (the default) means <c>http://localhost</c> for export and no <c>Site</c> in pages.
    /// </summary>
    public string? Site { get; set; }

    /// <summary>The culture pinned while exporting, so files do not depend on the build machine. Default: invariant.</summary>
    public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// The encoder of every value written into templates. Default: <c>HtmlEncoder.Create(UnicodeRanges.All)</c>,
    /// which escapes <c>&lt; &gt; &amp; " '</c> and leaves non-ASCII text as it is, byte-identical to Razor's output.
    /// </summary>
    public HtmlEncoder HtmlEncoder { get; set; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Whether pages render fully into memory before sending (with <c>Content-Length</c>), so that an exception
    /// anywhere gives a clean 500 page. Default <see langword="false"/>: pages stream. A page's own
    /// <c>const bool Buffer</c> wins.
    /// </summary>
    public bool Buffer { get; set; }

    private TrailingSlash? _trailingSlash;
    private BuildFormat? _buildFormat;

    /// <summary>
    /// How page URLs treat a trailing slash; the export requests each route in this form. Default: the MSBuild
    /// property <c>PagesTrailingSlash</c> the app was built with, else <see cref="Pages.TrailingSlash.Ignore"/>.
    /// </summary>
    public TrailingSlash TrailingSlash
    {
        get => _trailingSlash ?? PagesBuildDefaults.TrailingSlash;
        set => _trailingSlash = value;
    }

    /// <summary>
    /// How the static export names page files (<c>about/index.html</c> or <c>about.html</c>). Default: the MSBuild
    /// property <c>PagesBuildFormat</c> the app was built with, else <see cref="Pages.BuildFormat.Directory"/>.
    /// </summary>
    public BuildFormat BuildFormat
    {
        get => _buildFormat ?? PagesBuildDefaults.BuildFormat;
        set => _buildFormat = value;
    }

    /// <summary>
    /// Fills the settings <c>AddPages</c> left unset from the build (run once by <see cref="PagesOptionsBuildDefaults"/>);
    /// an options object made outside dependency injection reads the same defaults lazily through the getters.
    /// </summary>
    internal void ResolveBuildDefaults()
    {
        _trailingSlash ??= PagesBuildDefaults.TrailingSlash;
        _buildFormat ??= PagesBuildDefaults.BuildFormat;
    }

    /// <summary>
    /// The folder the static export writes to, relative to the content root (or absolute); <c>--out</c> on the
    /// command line wins. Default: <c>dist</c>.
    /// </summary>
    public string OutputDirectory { get; set; } = DefaultOutputDirectory;

    /// <summary><see cref="OutputDirectory"/>'s default, for code that runs before any options exist (the export's process tuning).</summary>
    internal const string DefaultOutputDirectory = "dist";

    /// <summary>
    /// Whether <c>MapPages()</c> adds a fallback endpoint that answers unmatched URLs with 404 and the 404 page body.
    /// Default <see langword="true"/>; turn it off when the app has a fallback of its own.
    /// </summary>
    public bool MapNotFoundFallback { get; set; } = true;

    /// <summary>
    /// Redirects, as Astro's <c>redirects</c> map: <c>o.Redirects.Add("/old", "/new", 301)</c>, with parameters
    /// (<c>o.Redirects.Add("/blog/[slug]", "/articles/[slug]")</c>). They take their place in the route table by the
    /// pages' priority rules; the export writes each as a meta-refresh page (see docs/routing.md).
    /// </summary>
    public PageRedirects Redirects { get; } = new();
}
