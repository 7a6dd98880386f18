using Pages.Generators.Model;

namespace Pages.Generators.References;

/// <summary>
/// What the app's generator needs from a referenced assembly built with Pages: its manifest type
/// (<c>[assembly: PagesAssembly(typeof(...))]</c>), to register its pages, and its route file paths
/// (<c>[assembly: PagesRoutes(...)]</c>), for the app's <c>Routes</c> class and link check. Empty for any other reference.
/// </summary>
/// <param name="ManifestType">The <c>global::</c>-qualified manifest type, or "".</param>
/// <param name="RoutePaths">The route file paths under the library's pages root.</param>
internal sealed record PagesReference(string ManifestType, EquatableArray<string> RoutePaths)
{
    public static readonly PagesReference None = new("", EquatableArray<string>.Empty);
}
