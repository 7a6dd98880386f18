using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Pages.Generators.Mapping;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// One project holding opened pages: its loaded Roslyn solution with the pages' unsaved text applied as additional
/// document text, and the driver that collects PAGE diagnostics. When the project cannot load, only that driver
/// runs (on the pages' text alone), so template errors still show.
/// </summary>
internal sealed class PageProject
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SourceText> _unsaved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hintNames = new(StringComparer.Ordinal);
    private readonly Task _loaded;
    private Solution? _solution;
    private ProjectId? _projectId;
    private PageDiagnosticsRunner? _runner;

    public PageProject(string projectPath, Action<string> showMessage, Action<string> log)
    {
        ProjectPath = projectPath;
        _loaded = Task.Run(() => LoadAsync(showMessage, log));
    }

    public string ProjectPath { get; }

    /// <summary>Whether the project loaded: C# features work only then.</summary>
    public bool IsLoaded => _solution is not null;

    /// <summary>Completes when loading has finished, loaded or not.</summary>
    public Task WhenLoaded => _loaded;

    /// <summary>Takes the unsaved text of a page (before or after loading).</summary>
    public void SetText(string pagePath, SourceText text)
    {
        lock (_gate)
        {
            _unsaved[pagePath] = text;
            _runner?.SetText(pagePath, text);
            if (_solution is not null)
            {
                _solution = WithPageText(_solution, pagePath, text);
            }
        }
    }

    /// <summary>The page with its generated document and map, as of now.</summary>
    public async Task<PageSnapshot?> GetSnapshotAsync(string pagePath, CancellationToken cancellationToken)
    {
        await _loaded.ConfigureAwait(false);
        Solution? solution;
        SourceText? pageText;
        lock (_gate)
        {
            solution = _solution;
            _unsaved.TryGetValue(pagePath, out pageText);
        }
        pageText ??= SourceText.From(await File.ReadAllTextAsync(pagePath, cancellationToken).ConfigureAwait(false));
        var project = solution?.GetProject(_projectId);
        if (project is null)
        {
            return new PageSnapshot(pagePath, pageText, null, null, null);
        }
        var generated = await FindGeneratedAsync(project, pagePath, cancellationToken).ConfigureAwait(false);
        if (generated is null)
        {
            return new PageSnapshot(pagePath, pageText, null, null, null);
        }
        var generatedText = await generated.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var map = PageSourceMap.Create(generatedText.ToString(), pagePath, pageText.ToString());
        return new PageSnapshot(pagePath, pageText, generated, generatedText, map);
    }

    /// <summary>The PAGE diagnostics of the page, from the generator run on the project's compilation (or on nothing).</summary>
    public async Task<ImmutableArray<Diagnostic>> GetPageDiagnosticsAsync(string pagePath, Compilation? compilation, CancellationToken cancellationToken)
    {
        await _loaded.ConfigureAwait(false);
        compilation ??= CSharpCompilation.Create(Path.GetFileNameWithoutExtension(ProjectPath));
        return _runner!.Run(compilation, pagePath, cancellationToken);
    }

    /// <summary>A symbol's page: the .page whose generated file holds <paramref name="tree"/>, if any.</summary>
    public static string? PageOf(SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        var start = text.IndexOf("#line", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf('\n', start);
            var directive = LineDirective.TryParse(text.Substring(start, (end < 0 ? text.Length : end) - start));
            if (directive is { Kind: not LineDirectiveKind.Hidden } && PageDocuments.IsPage(directive.FilePath))
            {
                return directive.FilePath;
            }
            start = text.IndexOf("#line", start + 5, StringComparison.Ordinal);
        }
        return null;
    }

    private async Task<SourceGeneratedDocument?> FindGeneratedAsync(Project project, string pagePath, CancellationToken cancellationToken)
    {
        var documents = (await project.GetSourceGeneratedDocumentsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        string? known;
        lock (_gate)
        {
            _hintNames.TryGetValue(pagePath, out known);
        }
        // The hint name of a page is stable across edits (its class name): look there first, then search all.
        foreach (var document in documents.OrderBy(d => d.HintName == known ? 0 : 1))
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (PageSourceMap.Maps(text.ToString(), pagePath))
            {
                lock (_gate)
                {
                    _hintNames[pagePath] = document.HintName;
                }
                return document;
            }
        }
        return null;
    }

    private async Task LoadAsync(Action<string> showMessage, Action<string> log)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (solution, projectId, failure) = await ProjectLoader.LoadAsync(ProjectPath, log, CancellationToken.None).ConfigureAwait(false);
        var project = solution?.GetProject(projectId);
        var pages = new List<(string, SourceText)>();
        if (project is not null)
        {
            foreach (var document in project.AdditionalDocuments.Where(d => PageDocuments.IsPage(d.FilePath)))
            {
                pages.Add((document.FilePath!, await document.GetTextAsync().ConfigureAwait(false)));
            }
        }
        else
        {
            pages.AddRange(PageDocuments.OnDisk(Path.GetDirectoryName(ProjectPath)!).Select(p => (p, SourceText.From(File.ReadAllText(p)))));
        }
        var options = project?.AnalyzerOptions.AnalyzerConfigOptionsProvider ?? GlobalOptionsProvider.ForProjectFile(ProjectPath);
        var parseOptions = project?.ParseOptions as CSharpParseOptions ?? CSharpParseOptions.Default;

        lock (_gate)
        {
            _runner = new PageDiagnosticsRunner(PagesGeneratorReference.Instance.Generator, options, parseOptions, pages);
            _solution = solution;
            _projectId = projectId;
            // Text typed while the project loaded wins over the text on disk.
            foreach (var (path, text) in _unsaved)
            {
                _runner.SetText(path, text);
                if (_solution is not null)
                {
                    _solution = WithPageText(_solution, path, text);
                }
            }
        }
        log($"project {Path.GetFileName(ProjectPath)}: {(failure is null ? "loaded" : "not loaded")} in {started.ElapsedMilliseconds} ms, {pages.Count} pages");
        if (failure is not null)
        {
            showMessage(failure);
        }
    }

    private Solution WithPageText(Solution solution, string pagePath, SourceText text)
    {
        var ids = solution.GetDocumentIdsWithFilePath(pagePath).Where(id => id.ProjectId == _projectId).ToList();
        if (ids.Count > 0)
        {
            return ids.Aggregate(solution, (current, id) => current.WithAdditionalDocumentText(id, text, PreservationMode.PreserveIdentity));
        }
        // A page created after loading: it joins the project as the build would include it.
        var id = DocumentId.CreateNewId(_projectId!, pagePath);
        return solution.AddAdditionalDocument(id, Path.GetFileName(pagePath), text, filePath: pagePath);
    }
}
