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
    /// The file at <paramref name="path"/> as a collection entry, or <see langword="null"/> when it is not a
    /// <c>.md</c> file inside a collection folder. Id: the path under the collection folder, no extension,
    /// lower-case, <c>/</c> between folders. A file in the frontmatter folder (<see cref="ContentOptions.FrontmatterDirectory"/>)
    /// is the copy of the content file at the same place under the content root: the entry is that file's.
    /// </summary>
    public static ContentFile? Locate(string path, System.Func<string> readText, ContentOptions options)
    {
        var normalized = path.Replace('\\', '/');
        var root = options.ContentDirectory;
        var copies = options.FrontmatterDirectory;
        if (copies.Length > 0 && normalized.StartsWith(copies, System.StringComparison.OrdinalIgnoreCase))
        {
            normalized = root + normalized.Substring(copies.Length);
            path = normalized;
        }
        if (!normalized.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase)
            || !normalized.StartsWith(root, System.StringComparison.OrdinalIgnoreCase))
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
