namespace Pages;

/// <summary>
/// The MSBuild settings baked into the generated manifests (docs/architecture.md, settings: a page's const, then <c>AddPages</c> options,
/// then MSBuild properties, then built-in defaults). The first registered manifest that states a setting gives it:
/// the app's own manifest registers first, from its module initializer, before any library's.
/// </summary>
internal static class PagesBuildDefaults
{
    /// <summary>The build-time <c>PagesBuildFormat</c>, else <see cref="BuildFormat.Directory"/>.</summary>
    public static BuildFormat BuildFormat
    {
        get
        {
            foreach (PagesManifest manifest in PagesRegistry.Manifests)
            {
                if (manifest.BuildFormat is BuildFormat format)
                {
                    return format;
                }
            }

            return BuildFormat.Directory;
        }
    }

    /// <summary>The build-time <c>PagesTrailingSlash</c>, else <see cref="TrailingSlash.Ignore"/>.</summary>
    public static TrailingSlash TrailingSlash
    {
        get
        {
            foreach (PagesManifest manifest in PagesRegistry.Manifests)
            {
                if (manifest.TrailingSlash is TrailingSlash slash)
                {
                    return slash;
                }
            }

            return TrailingSlash.Ignore;
        }
    }
}
