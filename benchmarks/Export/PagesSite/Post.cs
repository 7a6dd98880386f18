namespace PagesSite;

/// <summary>A post's frontmatter: the schema of <c>Content/posts/*.md</c> (the corpus of benchmarks/Export/corpus.mjs).</summary>
[Collection("posts")]
public sealed record Post(string Title, DateTime Date, string[] Tags);
