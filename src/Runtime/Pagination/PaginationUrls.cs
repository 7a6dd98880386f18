namespace Pages;

/// <summary>The URLs around one page of a <see cref="Pagination{T}"/>, as Astro's <c>page.url</c>.</summary>
/// <param name="Current">This page.</param>
/// <param name="Prev">The previous page; <see langword="null"/> on the first.</param>
/// <param name="Next">The next page; <see langword="null"/> on the last.</param>
/// <param name="First">The first page; <see langword="null"/> on the first.</param>
/// <param name="Last">The last page; <see langword="null"/> on the last.</param>
public sealed record PaginationUrls(string Current, string? Prev, string? Next, string? First, string? Last);
