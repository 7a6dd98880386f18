using System.Text.Json.Serialization;

namespace Pages.IntegrationTests;

/// <summary>Source-generated JSON metadata (AOT-safe) for the test pages and endpoints.</summary>
[JsonSerializable(typeof(Item))]
[JsonSerializable(typeof(Item[]))]
public sealed partial class TestJson : JsonSerializerContext;
