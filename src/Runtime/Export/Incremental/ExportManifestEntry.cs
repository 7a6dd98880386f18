using System.Text.Json.Serialization;

namespace Pages;

/// <summary>
/// One file the export wrote: the hash of its bytes, and the length and modification time it had on disk right after
/// the export wrote it (so a file changed on disk since, by hand or by an interrupted run, is written again).
/// </summary>
/// <param name="Hash">XxHash3 of the file's bytes, 16 hex digits.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Modified">Its last write time (UTC ticks) after the export wrote it.</param>
/// <param name="Source">For a file copied from the web root: the source's length and modification time
/// (<c>length:ticks</c>), so an unchanged source is not even read; <see langword="null"/> for a rendered file.</param>
internal sealed record ExportManifestEntry(
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("length")] long Length,
    [property: JsonPropertyName("modified")] long Modified,
    [property: JsonPropertyName("source"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null);
