namespace Pages.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/didClose</c>.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
