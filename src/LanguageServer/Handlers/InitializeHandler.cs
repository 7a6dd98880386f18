using System.Text.Json.Nodes;
using Pages.LanguageServer.Protocol;

namespace Pages.LanguageServer.Handlers;

/// <summary><c>initialize</c>: what this server answers. Text sync is incremental; nothing is registered dynamically.</summary>
internal static class InitializeHandler
{
    public static InitializeResult Handle() => new(
        new JsonObject
        {
            ["positionEncoding"] = "utf-16",
            ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2 },
            ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(".", "<", " ") },
            ["hoverProvider"] = true,
            ["definitionProvider"] = true,
        },
        new ServerInfo("pages-language-server", typeof(InitializeHandler).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"));
}
