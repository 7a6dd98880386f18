namespace Site;

/// <summary>A blog post's frontmatter: the schema of <c>Content/blog/*.md</c>.</summary>
[Collection("blog")]
public sealed record BlogPost(
    string Title,
    string Description,
    DateTime PubDate,
    Author Author,
    PostCategory Category,
    string[] Tags,
    DateTime? UpdatedDate = null,
    bool Draft = false);

/// <summary>Who wrote a post.</summary>
public sealed record Author(string Name, string? Url = null);

/// <summary>What a post is about.</summary>
public enum PostCategory
{
    News,
    Guide,
    Release,
}
