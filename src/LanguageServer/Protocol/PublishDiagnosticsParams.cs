namespace Pages.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/publishDiagnostics</c>: all current diagnostics of one document.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
