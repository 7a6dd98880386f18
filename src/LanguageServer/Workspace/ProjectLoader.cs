using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// Loads a project (and the projects it references) with Roslyn's MSBuild workspace, and puts the in-process Pages
/// generator in place of the generator reference each project carries (see <see cref="PagesGeneratorReference"/>).
/// Roslyn 5's MSBuild workspace evaluates projects in its own build host process, which finds the SDK itself with
/// Microsoft.Build.Locator; this process never loads MSBuild.
/// </summary>
internal static class ProjectLoader
{
    /// <summary>The loaded solution and the id of <paramref name="projectPath"/>'s project, or the reason it could not load.</summary>
    public static async Task<(Solution? Solution, ProjectId? ProjectId, string? Failure)> LoadAsync(string projectPath, Action<string> log, CancellationToken cancellationToken)
    {
        if (!ProjectFile.IsRestored(projectPath))
        {
            return (null, null, $"Pages: '{Path.GetFileName(projectPath)}' has not been restored (no obj/project.assets.json). Run `dotnet restore` for C# completion and errors; template (PAGE) errors are still shown.");
        }
        try
        {
            var workspace = MSBuildWorkspace.Create(new Dictionary<string, string>
            {
                // Design-time build: no analyzers of its own to run, no build of referenced projects.
                ["RunAnalyzers"] = "false",
                ["BuildProjectReferences"] = "false",
            });
            var failures = new List<string>();
            workspace.RegisterWorkspaceFailedHandler(e =>
            {
                log("workspace: " + e.Diagnostic.Message);
                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            });
            var project = await workspace.OpenProjectAsync(projectPath, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!project.MetadataReferences.Any())
            {
                return (null, null, $"Pages: '{Path.GetFileName(projectPath)}' could not be loaded: {string.Join("; ", failures.DefaultIfEmpty("no references were resolved"))}");
            }
            return (UseInProcessGenerator(workspace.CurrentSolution, log), project.Id, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, null, $"Pages: '{Path.GetFileName(projectPath)}' could not be loaded ({ex.GetType().Name}: {ex.Message}). Template (PAGE) errors are still shown.");
        }
    }

    private static Solution UseInProcessGenerator(Solution solution, Action<string> log)
    {
        foreach (var project in solution.Projects)
        {
            foreach (var replaced in project.AnalyzerReferences.Where(PagesGeneratorReference.IsPagesGenerator))
            {
                log($"{project.Name}: generator reference {replaced.FullPath} (on disk: {File.Exists(replaced.FullPath)}) replaced by the in-process generator");
            }
            var hadGenerator = project.AnalyzerReferences.Any(PagesGeneratorReference.IsPagesGenerator);
            var hasPages = project.AdditionalDocuments.Any(d => PageDocuments.IsPage(d.FilePath));
            if (!hadGenerator && !hasPages)
            {
                continue;
            }
            var references = project.AnalyzerReferences.Where(r => !PagesGeneratorReference.IsPagesGenerator(r)).Append(PagesGeneratorReference.Instance);
            solution = solution.WithProjectAnalyzerReferences(project.Id, references);
        }
        return solution;
    }
}
