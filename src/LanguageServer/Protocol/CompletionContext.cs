namespace Pages.LanguageServer.Protocol;

/// <summary>How completion was asked for: 1 invoked, 2 by a trigger character (<see cref="TriggerCharacter"/>), 3 re-triggered.</summary>
public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);
