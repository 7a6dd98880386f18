using System.Text.Json;
using System.Text.Json.Serialization;

namespace PagesSite;

/// <summary>The JSON the API reads and writes; source-generated, so it works under trimming and Native AOT.</summary>
[JsonSerializable(typeof(GreetingRequest))]
[JsonSerializable(typeof(Greeting))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
public sealed partial class SiteJson : JsonSerializerContext;

/// <summary>The body of <c>POST /api/greeting.json</c>.</summary>
public sealed record GreetingRequest(string Name);

/// <summary>What <c>/api/greeting.json</c> answers.</summary>
public sealed record Greeting(string Message, DateTimeOffset At);
