namespace Pages.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
public sealed record Hover(MarkupContent Contents, Range? Range);
