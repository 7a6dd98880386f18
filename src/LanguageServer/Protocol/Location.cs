namespace Pages.LanguageServer.Protocol;

/// <summary>A range in a document named by its URI.</summary>
public sealed record Location(string Uri, Range Range);
