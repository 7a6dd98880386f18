namespace Pages.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/completion</c>.</summary>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items)
{
    /// <summary>No completions here (markup, or a position the server cannot map).</summary>
    public static CompletionList Empty { get; } = new(false, Array.Empty<CompletionItem>());
}
