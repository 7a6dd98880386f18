namespace Pages.Generators.Tests.Properties;

/// <summary>
/// The repository's own valid <c>.page</c> files (samples, test sites, benchmarks): the seeds the fuzz tests mutate.
/// Each keeps whether it sits under a <c>Pages/</c> folder (a routed page) or not (a component or layout).
/// </summary>
public static class PageCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusPage>> s_pages = new(Load);

    public static IReadOnlyList<CorpusPage> Pages => s_pages.Value;

    /// <summary>The repository root: the nearest folder above the test binaries that holds <c>Pages.sln</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pages.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Pages.sln not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<CorpusPage> Load()
    {
        var root = RepositoryRoot();
        var pages = new List<CorpusPage>();
        foreach (var folder in new[] { "samples", "tests", "benchmarks" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.page", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }
                pages.Add(new CorpusPage(relative, File.ReadAllText(file), relative.Contains("/Pages/", StringComparison.Ordinal)));
            }
        }
        return pages;
    }
}
