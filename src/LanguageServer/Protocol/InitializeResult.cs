using System.Text.Json.Nodes;

namespace Pages.LanguageServer.Protocol;

/// <summary>The answer to <c>initialize</c>: what the server can do (kept as JSON: only a few capabilities are sent).</summary>
public sealed record InitializeResult(JsonObject Capabilities, ServerInfo ServerInfo);
