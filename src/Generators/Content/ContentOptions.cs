using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Content;

/// <summary>
/// Where content lives: the project directory and the content root (MSBuild <c>PagesContentRoot</c>, default
/// <c>Content</c>); and the file in <c>obj/</c> where the build targets write every content file's frontmatter
/// (<c>PagesFrontmatterFile</c>, <c>FrontmatterBundle</c>), which the generator reads instead of the <c>.md</c> files so
/// that a body edit is no input of the compile.
/// </summary>
internal sealed record ContentOptions(string ProjectDir, string ContentRoot, string FrontmatterFile = "")
{
    /// <summary>The absolute content folder with <c>/</c> separators and a trailing <c>/</c>.</summary>
    public string ContentDirectory
    {
        get
        {
            var root = ContentRoot.Replace('\\', '/').TrimEnd('/');
            var rooted = root.StartsWith("/", System.StringComparison.Ordinal) || (root.Length > 1 && root[1] == ':');
            return (rooted ? root : ProjectDir + root.TrimStart('/')) + "/";
        }
    }

    public static ContentOptions From(AnalyzerConfigOptions options)
    {
        var projectDir = Read(options, "ProjectDir", "").Replace('\\', '/');
        if (projectDir.Length > 0 && !projectDir.EndsWith("/", System.StringComparison.Ordinal))
        {
            projectDir += "/";
        }
        var frontmatter = Read(options, "PagesFrontmatterFile", "").Replace('\\', '/');
        return new ContentOptions(projectDir, Read(options, "PagesContentRoot", "Content"), frontmatter);
    }

    private static string Read(AnalyzerConfigOptions options, string name, string fallback)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;
}
