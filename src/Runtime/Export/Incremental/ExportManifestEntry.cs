namespace Pages;

/// <summary>
/// One file the export wrote: the hash of its bytes, and the length and modification time it had on disk right after
/// the export wrote it (so a file changed on disk since, by hand or by an interrupted run, is written again).
/// </summary>
/// <param name="Hash">XxHash3 of the file's bytes.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Modified">Its last write time (UTC ticks) after the export wrote it.</param>
/// <param name="Source">For a file copied from the web root: the source's length and modification time
/// (<c>length:ticks</c>), so an unchanged source is not even read; <see langword="null"/> for a rendered file.</param>
/// <param name="Reads">For a rendered file the next export may keep without rendering: the content files its render
/// read, by full path, with their stamps (<see cref="ContentFileStamp"/>); empty when it read compiled content only.
/// <see langword="null"/> when the render read no content or something the export cannot stamp: it is rendered every time.</param>
/// <param name="Redirect">Whether the file is the page written for a redirect (not listed in the sitemap).</param>
/// <param name="Links">A rendered HTML page's links and ids, as the link check scanned them, so that a page kept without
/// rendering is checked without reading it back; <see langword="null"/> when not scanned.</param>
internal sealed record ExportManifestEntry(
    ulong Hash,
    long Length,
    long Modified,
    string? Source = null,
    Dictionary<string, string>? Reads = null,
    bool Redirect = false,
    PageLinks? Links = null);
