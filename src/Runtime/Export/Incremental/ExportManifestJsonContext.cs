using System.Text.Json.Serialization;

namespace Pages;

/// <summary>The manifest's JSON, generated at build time: no reflection, so the export stays trim- and AOT-safe.</summary>
[JsonSerializable(typeof(ExportManifestDocument))]
internal sealed partial class ExportManifestJsonContext : JsonSerializerContext;
