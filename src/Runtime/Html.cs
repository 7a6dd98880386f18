using Microsoft.AspNetCore.Html;

namespace Pages;

/// <summary>Helpers for templates.</summary>
public static class Html
{
    /// <summary>
    /// Marks <paramref name="html"/> as markup to write as it is, not encoded (<c>{Html.Raw(s)}</c>).
    /// Only pass trusted HTML.
    /// </summary>
    /// <param name="html">The markup; <see langword="null"/> gives empty content.</param>
    /// <returns>The markup as <see cref="HtmlString"/>.</returns>
    public static HtmlString Raw(string? html) => html is null ? HtmlString.Empty : new HtmlString(html);
}
