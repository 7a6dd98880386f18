namespace Pages.LanguageServer.Protocol;

/// <summary>The server's name and version, sent in <see cref="InitializeResult"/>.</summary>
public sealed record ServerInfo(string Name, string Version);
