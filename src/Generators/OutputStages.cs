namespace Pages.Generators;

/// <summary>
/// Names of the output stages (they add sources; they have no tracking name), for <see cref="StageGuard"/>'s PAGE099
/// and its test hook. The value-producing stages go by their <see cref="TrackingNames"/>.
/// </summary>
internal static class OutputStages
{
    public const string PageSource = nameof(PageSource);
    public const string ManifestSource = nameof(ManifestSource);
    public const string RoutesSource = nameof(RoutesSource);
    public const string ContentSource = nameof(ContentSource);
}
