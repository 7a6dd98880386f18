using System.IO;

namespace Pages;

/// <summary>
/// The folder the export writes: <c>--out</c>, else <see cref="PagesOptions.OutputDirectory"/>, relative to the content
/// root. Emptied before a full export, as <c>astro build</c> does (a <c>.git</c> inside is kept; an incremental export,
/// see <see cref="ExportManifest"/>, empties nothing); refused when emptying it would destroy the project or the files
/// being exported (the content root or a folder above it, the web root or inside it).
/// </summary>
internal static class ExportOutputFolder
{
    public static string Resolve(string? commandLine, string configured, string contentRoot, string? webRoot)
    {
        string folder = Path.GetFullPath(Path.Combine(contentRoot, commandLine ?? configured));
        if (IsSameOrUnder(contentRoot, folder))
        {
            throw new InvalidOperationException(
                $"The output folder {folder} holds the app's content root {contentRoot}; emptying it would delete the project. Choose a folder such as \"dist\".");
        }

        if (webRoot is not null && IsSameOrUnder(folder, webRoot))
        {
            throw new InvalidOperationException(
                $"The output folder {folder} is inside the web root {webRoot}, whose files the export copies; choose a folder outside it, such as \"dist\".");
        }

        return folder;
    }

    /// <summary>Empties <paramref name="folder"/> (creating it when missing), keeping a <c>.git</c> entry.</summary>
    public static void Clean(string folder)
    {
        var directory = new DirectoryInfo(folder);
        if (!directory.Exists)
        {
            directory.Create();
            return;
        }

        foreach (FileSystemInfo entry in directory.EnumerateFileSystemInfos())
        {
            if (entry.Name == ".git")
            {
                continue;
            }

            if (entry is DirectoryInfo child)
            {
                child.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsSameOrUnder(string path, string folder)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        StringComparison comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(full, root, comparison)
            || full.StartsWith(root + Path.DirectorySeparatorChar, comparison)
            || (root.Length > 0 && root[^1] == Path.DirectorySeparatorChar && full.StartsWith(root, comparison));
    }
}
