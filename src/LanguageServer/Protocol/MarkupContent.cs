namespace Pages.LanguageServer.Protocol;

/// <summary>Text with a kind: <c>markdown</c> or <c>plaintext</c>.</summary>
public sealed record MarkupContent(string Kind, string Value);
