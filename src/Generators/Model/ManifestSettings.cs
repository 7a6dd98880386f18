using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Model;

/// <summary>
/// The MSBuild settings the runtime needs at export, baked into the manifest as defaults (docs/architecture.md, settings: options win over
/// them): <c>PagesBuildFormat</c> and <c>PagesTrailingSlash</c>, as the runtime's enum member names, or
/// <see langword="null"/> when unset or not a known value (then the runtime's built-in default applies).
/// </summary>
internal sealed record ManifestSettings(string? BuildFormat, string? TrailingSlash)
{
    public static ManifestSettings From(AnalyzerConfigOptions options) => new(
        Member(options, "PagesBuildFormat", "Directory", "File"),
        Member(options, "PagesTrailingSlash", "Ignore", "Always", "Never"));

    private static string? Member(AnalyzerConfigOptions options, string property, params string[] members)
    {
        if (!options.TryGetValue("build_property." + property, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        foreach (var member in members)
        {
            if (string.Equals(member, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }
        return null;
    }
}
