using System.Text.Json.Serialization;

namespace Pages;

/// <summary>The manifest file as stored: a format version and the written files by path (relative, <c>/</c> separators).</summary>
/// <param name="Version">The format; a manifest of another version is ignored (the next export is a full one).</param>
/// <param name="Files">Every file the export wrote (written in ordinal order of path, so the file is stable).</param>
internal sealed record ExportManifestDocument(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("files")] Dictionary<string, ExportManifestEntry> Files);
