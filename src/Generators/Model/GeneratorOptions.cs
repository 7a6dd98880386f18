using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Model;

/// <summary>
/// The project-level settings the generator reads from MSBuild (<c>build_property.*</c>, made visible by the
/// package's props): where pages live and what the default render mode is.
/// </summary>
public sealed record GeneratorOptions(string RootNamespace, string ProjectDir, string PagesRoot, bool DefaultPrerender)
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
        return new GeneratorOptions(rootNamespace, projectDir, pagesRoot, !string.Equals(output, "server", System.StringComparison.OrdinalIgnoreCase));
    }

    private static string Read(AnalyzerConfigOptions options, string name, string fallback)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;
}
