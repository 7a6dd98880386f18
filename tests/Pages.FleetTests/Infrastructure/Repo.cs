namespace Pages.FleetTests.Infrastructure;

/// <summary>Paths in this repository, found from the test assembly's folder, and the configuration it was built in.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly (the folder after <c>bin/</c>), e.g. Release.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pages.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Pages.sln not found above {AppContext.BaseDirectory}.");
    }
}
