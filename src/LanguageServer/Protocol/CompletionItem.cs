namespace Pages.LanguageServer.Protocol;

/// <summary>One completion: label shown, kind (LSP <c>CompletionItemKind</c>), the edit it makes, and sort/filter text.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail, TextEdit? TextEdit, string? SortText, string? FilterText);
