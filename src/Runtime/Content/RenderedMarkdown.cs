using Microsoft.AspNetCore.Html;

namespace Pages;

/// <summary>An entry's Markdown rendered once: its HTML and its headings.</summary>
internal sealed record RenderedMarkdown(HtmlString Html, IReadOnlyList<ContentHeading> Headings);
