using System.Collections.Concurrent;
using System.Reflection;

namespace Pages;

/// <summary>
/// Where content entries read their Markdown in Development: the project's content folder
/// (<c>&lt;content root&gt;/$(PagesContentRoot)</c>, named by the <c>Pages.ContentRoot</c> assembly metadata the build
/// targets write), so that editing a body needs no rebuild. Only the app's own assembly (the entry assembly, whose
/// project folder is the host's content root under <c>dotnet run</c> and <c>dotnet watch</c>) reads from disk. Outside Development
/// bodies come from the embedded resources the build wrote, or, when the build embedded none (an app's
/// <c>dotnet build</c>: <c>PagesEmbedContent</c> false, see docs/content.md), from the content folder named by the
/// <c>Pages.ContentDirectory</c> metadata, in every environment.
/// </summary>
internal static class ContentSourceFiles
{
    /// <summary>The logical-name prefix of embedded content files (see the package's buildTransitive targets).</summary>
    public const string ResourcePrefix = "Pages.Content/";

    /// <summary>The assembly metadata key that holds the content folder, relative to the project folder.</summary>
    public const string MetadataKey = "Pages.ContentRoot";

    /// <summary>The assembly metadata key that holds the full path of the content folder when the build did not embed the content.</summary>
    public const string DirectoryMetadataKey = "Pages.ContentDirectory";

    private static readonly ConcurrentDictionary<Assembly, string?> Directories = new();
    private static volatile string? s_projectDirectory;

    /// <summary>Reads bodies from files under <paramref name="projectDirectory"/> (the host's content root) from now on.</summary>
    public static void UseProjectDirectory(string projectDirectory)
    {
        s_projectDirectory = projectDirectory;
        Directories.Clear();
    }

    /// <summary>The folder that holds <paramref name="assembly"/>'s content files, or <see langword="null"/> to use its resources.</summary>
    public static string? DirectoryOf(Assembly assembly) =>
        Directories.GetOrAdd(assembly, static (a, project) => (project is null ? null : Find(a, project)) ?? NotEmbedded(a), s_projectDirectory);

    private static string? Find(Assembly assembly, string projectDirectory)
    {
        // The host's content root is the app's project folder; a referenced library's content lives elsewhere.
        if (assembly != Assembly.GetEntryAssembly())
        {
            return null;
        }

        foreach (AssemblyMetadataAttribute metadata in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (metadata.Key == MetadataKey && !string.IsNullOrEmpty(metadata.Value))
            {
                string directory = System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, metadata.Value));
                return System.IO.Directory.Exists(directory) ? directory : null;
            }
        }

        return null;
    }

    /// <summary>The content folder an app's build recorded when it embedded no content, or <see langword="null"/>.</summary>
    internal static string? NotEmbedded(Assembly assembly)
    {
        foreach (AssemblyMetadataAttribute metadata in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (metadata.Key == DirectoryMetadataKey && !string.IsNullOrEmpty(metadata.Value))
            {
                return metadata.Value;
            }
        }

        return null;
    }
}
