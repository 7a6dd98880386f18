using Microsoft.Extensions.Options;

namespace Pages;

/// <summary>
/// Resolves the site settings once, when the options are first built: what <c>AddPages(o => ...)</c> left unset
/// takes the MSBuild value baked into the manifests (<see cref="PagesBuildDefaults"/>), else the built-in default.
/// After this, the server and the export read plain values (docs/architecture.md, settings).
/// </summary>
internal sealed class PagesOptionsBuildDefaults : IPostConfigureOptions<PagesOptions>
{
    public void PostConfigure(string? name, PagesOptions options) => options.ResolveBuildDefaults();
}
