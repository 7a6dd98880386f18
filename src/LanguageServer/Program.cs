using System.Text.Json;
using System.Text.Json.Serialization;
using Pages.LanguageServer;
using StreamJsonRpc;

// pages-language-server --stdio: LSP 3.17 over stdin/stdout (docs/editor.md). Logs go to stderr.
if (!args.Contains("--stdio"))
{
    Console.Error.WriteLine("usage: pages-language-server --stdio   (speaks LSP 3.17 over stdin/stdout)");
    return 2;
}

var formatter = new SystemTextJsonFormatter();
formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

var handler = new HeaderDelimitedMessageHandler(Console.OpenStandardOutput(), Console.OpenStandardInput(), formatter);
using var rpc = new JsonRpc(handler);
var server = new PagesLanguageServer(rpc);
rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
rpc.StartListening();

// The client ends the session with `exit` (0 after `shutdown`, else 1) or by closing the pipe.
var finished = await Task.WhenAny(server.Exit, rpc.Completion);
return finished == server.Exit ? server.Exit.Result : 0;
