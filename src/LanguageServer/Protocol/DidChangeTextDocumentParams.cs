namespace Pages.LanguageServer.Protocol;

/// <summary>Parameters of <c>textDocument/didChange</c>: the edits, in order.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);
