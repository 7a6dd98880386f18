namespace Pages;

/// <summary>What the app answered to one exported request.</summary>
/// <param name="StatusCode">The status.</param>
/// <param name="Location">The <c>Location</c> header (empty when none).</param>
/// <param name="Body">The body bytes.</param>
/// <param name="Exception">The exception a page or middleware threw, if any.</param>
/// <param name="Aborted">Whether the app aborted the request (an exception after the page began streaming).</param>
internal sealed record ExportResponse(int StatusCode, string Location, byte[] Body, Exception? Exception, bool Aborted);
