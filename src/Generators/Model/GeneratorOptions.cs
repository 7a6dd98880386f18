using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Model;

/// <summary>
/// The project-level settings the generator reads from MSBuild (<c>build_property.*</c>, made visible by the
/// package's props): where pages live, what the default render mode is, and whether template text is emitted as
/// <c>"..."u8</c> spans (<c>PagesUtf8Literals</c>; the package's props turn it off in Debug builds, see
/// docs/authoring.md: the runtime refuses Hot Reload updates after a number of re-emitted <c>u8</c> literals).
/// </summary>
internal sealed record GeneratorOptions(string RootNamespace, string ProjectDir, string PagesRoot, bool DefaultPrerender, bool Utf8Literals = true)
{
    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var rootNamespace = Read(options, "RootNamespace", "");
        var projectDir = Read(options, "ProjectDir", "").Replace('\\', '/');
        if (projectDir.Length > 0 && !projectDir.EndsWith("/", System.StringComparison.Ordinal))
        {
            projectDir += "/";
        }
        var pagesRoot = Read(options, "PagesRoot", "Pages").Replace('\\', '/').Trim('/');
        var output = Read(options, "PagesOutput", "static");
        var utf8Literals = !string.Equals(Read(options, "PagesUtf8Literals", "true"), "false", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(rootNamespace, projectDir, pagesRoot, !string.Equals(output, "server", System.StringComparison.OrdinalIgnoreCase), utf8Literals);
    }

    private static string Read(AnalyzerConfigOptions options, string name, string fallback)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;
}
