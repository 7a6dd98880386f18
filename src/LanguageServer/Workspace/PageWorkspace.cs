using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Text;
using Pages.LanguageServer.Protocol;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// The opened pages and the projects they belong to: a page opens its project (found by walking up to the nearest
/// <c>*.csproj</c>) once, and every later page of that project shares it.
/// </summary>
internal sealed class PageWorkspace(Action<string> showMessage, Action<string> log)
{
    private readonly ConcurrentDictionary<string, PageProject> _projects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SourceText> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _projectOfFolder = new(StringComparer.Ordinal);

    public Action<string> Log { get; } = log;

    /// <summary>A file URI as a local path.</summary>
    public static string ToPath(string uri) => new Uri(uri).LocalPath;

    /// <summary>A local path as a file URI.</summary>
    public static string ToUri(string path) => new Uri(path).AbsoluteUri;

    public void Open(string uri, string text) => SetText(ToPath(uri), SourceText.From(text));

    /// <summary>Applies edits in order: a change with a range replaces that range, one without replaces everything.</summary>
    public void Change(string uri, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var path = ToPath(uri);
        var text = _open.TryGetValue(path, out var current) ? current : SourceText.From("");
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = SourceText.From(change.Text);
                continue;
            }
            var start = TextPositions.ToOffset(text, change.Range.Start);
            var end = TextPositions.ToOffset(text, change.Range.End);
            text = text.WithChanges(new TextChange(TextSpan.FromBounds(start, Math.Max(start, end)), change.Text));
        }
        SetText(path, text);
    }

    /// <summary>A closed page goes back to its text on disk (its unsaved edits were discarded or saved).</summary>
    public void Close(string uri)
    {
        var path = ToPath(uri);
        _open.TryRemove(path, out _);
        if (File.Exists(path))
        {
            ProjectOf(path)?.SetText(path, SourceText.From(File.ReadAllText(path)));
        }
    }

    /// <summary>The project of a page, opened on first use; null when no <c>*.csproj</c> is above it.</summary>
    public PageProject? ProjectOf(string path)
    {
        // Every request asks; the folder walk (a directory listing per level) runs once per folder.
        var projectPath = _projectOfFolder.GetOrAdd(Path.GetDirectoryName(path) ?? path, _ => ProjectFile.Find(path));
        return projectPath is null ? null : _projects.GetOrAdd(projectPath, p => new PageProject(p, showMessage, Log));
    }

    /// <summary>
    /// Starts loading the project of the folder the editor opened, when that folder holds exactly one project file:
    /// the first page opened there then waits less (loading takes seconds).
    /// </summary>
    public void Preload(string rootUri)
    {
        var root = ToPath(rootUri);
        var projects = Directory.Exists(root) ? Directory.GetFiles(root, "*.csproj") : [];
        if (projects.Length == 1)
        {
            _projects.GetOrAdd(projects[0], p => new PageProject(p, showMessage, Log));
        }
    }

    /// <summary>The page at <paramref name="uri"/>, ready for a request; null when it belongs to no project.</summary>
    public async Task<(PageProject Project, PageSnapshot Snapshot)?> GetAsync(string uri, CancellationToken cancellationToken)
    {
        var path = ToPath(uri);
        var project = ProjectOf(path);
        if (project is null)
        {
            return null;
        }
        var snapshot = await project.GetSnapshotAsync(path, cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : (project, snapshot);
    }

    private void SetText(string path, SourceText text)
    {
        _open[path] = text;
        ProjectOf(path)?.SetText(path, text);
    }
}
