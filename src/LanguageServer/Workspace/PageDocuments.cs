namespace Pages.LanguageServer.Workspace;

/// <summary>What counts as a page, and the <c>.page</c> files of a project folder from disk.</summary>
internal static class PageDocuments
{
    public static bool IsPage(string? path) => path is not null && path.EndsWith(".page", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every <c>.page</c> under the project folder, outside <c>bin/</c> and <c>obj/</c>.</summary>
    public static IEnumerable<string> OnDisk(string projectDirectory)
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(projectDirectory, "*.page", SearchOption.AllDirectories)
            .Where(path =>
            {
                var relative = Path.GetRelativePath(projectDirectory, path);
                return !relative.StartsWith("bin" + separator, StringComparison.Ordinal) && !relative.StartsWith("obj" + separator, StringComparison.Ordinal);
            })
            .Order(StringComparer.Ordinal);
    }
}
