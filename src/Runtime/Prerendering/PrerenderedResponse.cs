namespace Pages;

/// <summary>A prerendered route's response kept in memory: the body, its content type, entity tag and the headers the page set.</summary>
/// <param name="Body">The body bytes.</param>
/// <param name="ContentType">The content type.</param>
/// <param name="ETag">A strong entity tag derived from the body (<c>"..."</c>).</param>
/// <param name="Headers">Headers the page set in its frontmatter (<c>Cache-Control</c>, ...), replayed on every answer.</param>
internal sealed record PrerenderedResponse(
    ReadOnlyMemory<byte> Body,
    string ContentType,
    string ETag,
    IReadOnlyList<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> Headers);
