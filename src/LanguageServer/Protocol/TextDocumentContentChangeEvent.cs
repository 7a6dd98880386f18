namespace Pages.LanguageServer.Protocol;

/// <summary>One edit: the replaced <see cref="Range"/> and its new text, or (no range) the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);
