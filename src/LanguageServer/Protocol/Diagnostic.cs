namespace Pages.LanguageServer.Protocol;

/// <summary>An LSP diagnostic. Severity: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message);
