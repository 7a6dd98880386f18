namespace Pages.LanguageServer.Tests;

/// <summary>Paths in this repository, found from the test assembly's folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Pages.sln")))
            {
                return directory;
            }
        }
        throw new DirectoryNotFoundException("Pages.sln not found above " + AppContext.BaseDirectory);
    }
}
