namespace Pages.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/completion</c>.</summary>
public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context);
