using Microsoft.CodeAnalysis;
using Pages.LanguageServer.Protocol;
using Pages.LanguageServer.Workspace;

namespace Pages.LanguageServer.Handlers;

/// <summary>
/// The diagnostics of one page for <c>textDocument/publishDiagnostics</c>: C# errors and warnings of its generated
/// document that the compiler maps into the page through <c>#line</c>, and the generator's PAGE diagnostics.
/// </summary>
internal sealed class DiagnosticsHandler(PageWorkspace workspace)
{
    public async Task<PublishDiagnosticsParams?> HandleAsync(string uri, CancellationToken cancellationToken)
    {
        if (await workspace.GetAsync(uri, cancellationToken).ConfigureAwait(false) is not var (project, snapshot))
        {
            return null;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = new List<Protocol.Diagnostic>();
        Compilation? compilation = null;
        if (snapshot.Generated is { } generated)
        {
            var model = await generated.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            compilation = model?.Compilation;
            foreach (var diagnostic in model?.GetDiagnostics(cancellationToken: cancellationToken) ?? [])
            {
                var span = diagnostic.Location.GetMappedLineSpan();
                if (span.HasMappedPath && span.Path == snapshot.PagePath && Include(diagnostic))
                {
                    diagnostics.Add(ToProtocol(diagnostic, span));
                }
            }
        }
        var csharpMs = clock.ElapsedMilliseconds;
        foreach (var diagnostic in await project.GetPageDiagnosticsAsync(snapshot.PagePath, compilation, cancellationToken).ConfigureAwait(false))
        {
            diagnostics.Add(ToProtocol(diagnostic, diagnostic.Location.GetLineSpan()));
        }
        workspace.Log($"diagnostics of {Path.GetFileName(snapshot.PagePath)}: generated document and C# {csharpMs} ms, PAGE {clock.ElapsedMilliseconds - csharpMs} ms");
        return new PublishDiagnosticsParams(uri, null, diagnostics);
    }

    private static bool Include(Microsoft.CodeAnalysis.Diagnostic diagnostic) =>
        diagnostic.Severity >= DiagnosticSeverity.Warning && !diagnostic.IsSuppressed;

    private static Protocol.Diagnostic ToProtocol(Microsoft.CodeAnalysis.Diagnostic diagnostic, FileLinePositionSpan span) => new(
        new Protocol.Range(
            new Position(span.StartLinePosition.Line, span.StartLinePosition.Character),
            new Position(span.EndLinePosition.Line, span.EndLinePosition.Character)),
        diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            DiagnosticSeverity.Info => 3,
            _ => 4,
        },
        diagnostic.Id,
        diagnostic.Id.StartsWith("PAGE", StringComparison.Ordinal) ? "pages" : "csharp",
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
}
