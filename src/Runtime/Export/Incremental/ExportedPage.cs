namespace Pages;

/// <summary>
/// What the manifest keeps of a rendered file besides its bytes' hash, so that the next export can keep it without
/// rendering it (docs/static-export.md#incremental-export) and still list it in the sitemap and check its links.
/// </summary>
/// <param name="Reads">The content files its render read, with their stamps; <see langword="null"/> when the render
/// cannot be skipped (see <see cref="RenderInputRecorder.Inputs"/>).</param>
/// <param name="Redirect">Whether the file is the page written for a redirect.</param>
/// <param name="Links">The page's links and ids as the link check scanned them; <see langword="null"/> when not scanned.</param>
internal sealed record ExportedPage(Dictionary<string, string>? Reads, bool Redirect, PageLinks? Links)
{
    /// <summary>A file written without a render to skip (the sitemap).</summary>
    public static ExportedPage None { get; } = new(null, false, null);
}
