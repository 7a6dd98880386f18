namespace Pages.LanguageServer.Protocol;

/// <summary>An opened document: its URI, language id, version and full text.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
