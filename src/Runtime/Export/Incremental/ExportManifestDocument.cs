using System.Text.Json.Serialization;

namespace Pages;

/// <summary>The manifest file as stored: a format version and the written files by path (relative, <c>/</c> separators).</summary>
/// <param name="Version">The format; a manifest of another version is ignored (the next export is a full one).</param>
/// <param name="Files">Every file the export wrote (written in ordinal order of path, so the file is stable).</param>
/// <param name="Build">The <see cref="ExportBuildIdentity"/> the files were rendered with; when it differs, no render is skipped.</param>
internal sealed record ExportManifestDocument(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("files")] Dictionary<string, ExportManifestEntry> Files,
    [property: JsonPropertyName("build"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Build = null);
