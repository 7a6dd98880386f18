namespace Pages.LanguageServer.Protocol;

/// <summary>A document named by its URI.</summary>
public sealed record TextDocumentIdentifier(string Uri);
