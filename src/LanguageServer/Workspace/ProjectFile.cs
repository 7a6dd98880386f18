namespace Pages.LanguageServer.Workspace;

/// <summary>Finds the project a <c>.page</c> belongs to: the nearest <c>*.csproj</c> in its folder or above (docs/editor.md).</summary>
internal static class ProjectFile
{
    public static string? Find(string pagePath)
    {
        for (var directory = Path.GetDirectoryName(pagePath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var projects = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.csproj") : [];
            if (projects.Length > 0)
            {
                Array.Sort(projects, StringComparer.Ordinal);
                return projects[0];
            }
        }
        return null;
    }

    /// <summary>Whether restore has run: without <c>obj/project.assets.json</c> the MSBuild workspace loads no references.</summary>
    public static bool IsRestored(string projectPath) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", "project.assets.json"));
}
