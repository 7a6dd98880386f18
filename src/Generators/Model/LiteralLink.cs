namespace Pages.Generators.Model;

/// <summary>
/// A root-relative URL written literally in a template (<c>href="/about#team"</c>) and the span of the attribute
/// value, where a broken link is reported.
/// </summary>
/// <param name="Url">The attribute value, entities decoded.</param>
/// <param name="Span">The value's span in the <c>.page</c> file (inside the quotes).</param>
internal sealed record LiteralLink(string Url, SourceSpan Span);
