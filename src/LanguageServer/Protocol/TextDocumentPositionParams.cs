namespace Pages.LanguageServer.Protocol;

/// <summary>A position in a document: the parameters of completion, hover, definition and signature help.</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
