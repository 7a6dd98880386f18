namespace Pages;

/// <summary>A heading of a content entry's Markdown, in document order (for a table of contents).</summary>
/// <param name="Depth">1 for <c>#</c>, up to 6 for <c>######</c>.</param>
/// <param name="Slug">The heading's id in the rendered HTML, by GitHub's rules (<c>Section One</c> → <c>section-one</c>).</param>
/// <param name="Text">The heading's text, without Markdown markup.</param>
public sealed record ContentHeading(int Depth, string Slug, string Text);
