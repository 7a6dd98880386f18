namespace Pages.LanguageServer.Protocol;

/// <summary>An LSP position: 0-based line, 0-based UTF-16 code unit column.</summary>
public sealed record Position(int Line, int Character);
