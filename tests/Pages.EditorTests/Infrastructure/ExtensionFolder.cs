namespace Pages.EditorTests.Infrastructure;

/// <summary>Where the extension and the language server project are, found from the test assembly's folder.</summary>
internal static class ExtensionFolder
{
    /// <summary>The repository root (the folder holding <c>Pages.sln</c>).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary><c>editors/vscode</c>.</summary>
    public static string Root { get; } = Path.Combine(RepoRoot, "editors", "vscode");

    /// <summary>Whether the language server project is in this repository (then the .vsix must bundle it).</summary>
    public static bool HasLanguageServerProject =>
        File.Exists(Path.Combine(RepoRoot, "src", "LanguageServer", "Pages.LanguageServer.csproj"));

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pages.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Pages.sln not found above {AppContext.BaseDirectory}.");
    }
}
