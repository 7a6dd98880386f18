namespace Pages.LanguageServer.Protocol;

/// <summary>A document and the version a change brings it to.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
