namespace PagesSite;

/// <summary>A blog post's frontmatter: the schema of <c>Content/blog/*.md</c>, checked at build time.</summary>
[Collection("blog")]
public sealed record Post(string Title, string Description, DateTime PubDate, bool Draft = false);
