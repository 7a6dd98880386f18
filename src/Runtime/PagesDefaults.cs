namespace Pages;

/// <summary>
/// Buffer sizes and other fixed numbers of the runtime, in one place so they can be tuned together.
/// </summary>
internal static class PagesDefaults
{
    /// <summary>
    /// Size hint passed to <c>PipeWriter.GetMemory</c>: Kestrel's and <c>Pipe</c>'s memory blocks are 4 KiB,
    /// so asking for that much gets a whole block, enough for most pages in one chunk.
    /// </summary>
    public const int PipeBufferSizeHint = 4096;

    /// <summary>
    /// Size of the pooled buffers a writer rents when the first pipe chunk fills before the first flush.
    /// </summary>
    public const int SpillBufferSize = 16 * 1024;

    /// <summary>
    /// Bytes of UTF-8 transcoded at a time when a string is too long to go straight into the buffer.
    /// </summary>
    public const int TranscodeChunkSize = 1024;

    /// <summary>
    /// Free bytes a formatted value (number, date, GUID) is given before falling back to a temporary buffer.
    /// </summary>
    public const int FormattedValueReserve = 128;

    /// <summary>
    /// Largest temporary buffer taken from the stack; bigger ones are rented from the array pool.
    /// </summary>
    public const int StackBufferSize = 256;

    /// <summary>
    /// Most request paths whose prerendered answer is kept in memory; past that, prerendered pages render per request.
    /// </summary>
    public const int PrerenderCacheCapacity = 1024;

    /// <summary>
    /// The content type of every page response.
    /// </summary>
    public const string HtmlContentType = "text/html; charset=utf-8";
}
