using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>One request the export sends: a decoded path, its encoded form, the site it is for.</summary>
/// <param name="Path">The decoded path routing sees (<c>/blog/héllo</c>).</param>
/// <param name="EncodedPath">The same path as sent on the wire (<c>/blog/h%C3%A9llo</c>).</param>
/// <param name="Site">The scheme and host of the request (<see cref="PagesOptions.Site"/>).</param>
/// <param name="StaticPath">The static path the page renders, with its props; <see langword="null"/> for a static route.</param>
/// <param name="Endpoint">An endpoint chosen in advance (the 500 page has no URL); <see langword="null"/> to route.</param>
internal sealed record ExportRequest(string Path, string EncodedPath, Uri Site, StaticPath? StaticPath, Endpoint? Endpoint = null);
