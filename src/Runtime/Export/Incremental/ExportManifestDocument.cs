namespace Pages;

/// <summary>The manifest as stored (<see cref="ExportManifestFile"/>): the build the files were rendered with, and the files by path.</summary>
/// <param name="Build">The <see cref="ExportBuildIdentity"/> the files were rendered with; when it differs, no render is skipped.</param>
/// <param name="Files">Every file the export wrote, by path relative to the output folder with <c>/</c> separators.</param>
internal sealed record ExportManifestDocument(string? Build, Dictionary<string, ExportManifestEntry> Files);
