using System;
using System.Collections.Generic;
using Pages.Build;

namespace Pages.Generators.Content;

/// <summary>
/// A <c>.md</c> file under a collection folder: its absolute path, its collection (the first folder under the
/// content root), its id, the logical name the build targets embed it under, and its text.
/// </summary>
internal sealed record ContentFile(string Path, string Collection, string Id, string ResourceName, string Text)
{
    /// <summary>The prefix of every embedded content file's logical name (set in <c>buildTransitive/Pages.targets</c>).</summary>
    public const string ResourcePrefix = "Pages.Content/";

    /// <summary>
    /// The content files an additional file stands for: the frontmatter file the build targets write
    /// (<see cref="ContentOptions.FrontmatterFile"/>, format <see cref="FrontmatterBundle"/>) holds one record per content
    /// file, each the entry of the <c>.md</c> file at its path under the content root (so ids, resource names and every
    /// diagnostic's file, line and column are that file's); a <c>.md</c> file under a collection folder is one (under
    /// <c>dotnet watch</c> the build passes the <c>.md</c> files themselves); anything else is none.
    /// </summary>
    public static IReadOnlyList<ContentFile> FromAdditionalFile(string path, Func<string> readText, ContentOptions options)
    {
        if (options.FrontmatterFile.Length > 0 && string.Equals(path.Replace('\\', '/'), options.FrontmatterFile, StringComparison.OrdinalIgnoreCase))
        {
            var files = new List<ContentFile>();
            foreach (var record in FrontmatterBundle.Read(readText()))
            {
                var text = record.Value;
                var file = Locate(options.ContentDirectory + record.Key, () => text, options);
                if (file is not null)
                {
                    files.Add(file);
                }
            }
            return files;
        }
        var single = Locate(path, readText, options);
        return single is null ? Array.Empty<ContentFile>() : new[] { single };
    }

    /// <summary>
    /// The file at <paramref name="path"/> as a collection entry, or <see langword="null"/> when it is not a
    /// <c>.md</c> file inside a collection folder. Id: the path under the collection folder, no extension,
    /// lower-case, <c>/</c> between folders.
    /// </summary>
    public static ContentFile? Locate(string path, Func<string> readText, ContentOptions options)
    {
        var normalized = path.Replace('\\', '/');
        var root = options.ContentDirectory;
        if (!normalized.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || !normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var relative = normalized.Substring(root.Length);
        var slash = relative.IndexOf('/');
        if (slash <= 0 || slash == relative.Length - 1)
        {
            return null;
        }
        var collection = relative.Substring(0, slash);
        var entryPath = relative.Substring(slash + 1);
        var id = entryPath.Substring(0, entryPath.Length - ".md".Length).ToLowerInvariant();
        return new ContentFile(path, collection, id, ResourcePrefix + relative, readText());
    }
}
