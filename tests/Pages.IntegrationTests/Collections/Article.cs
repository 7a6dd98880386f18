namespace Pages.IntegrationTests;

/// <summary>The schema of Content/articles: one member of every supported kind.</summary>
[Collection("articles")]
public sealed record Article(
    string Title,
    DateTime Published,
    Level Level,
    string[] Tags,
    ArticleAuthor Author,
    int Views = 0,
    long Bytes = 0,
    double Rating = 0,
    decimal Price = 0,
    bool Featured = false,
    DateOnly? Reviewed = null,
    DateTimeOffset? Scheduled = null,
    DateTime? Updated = null,
    string? Subtitle = null)
{
    /// <summary>An init-only property: bound from YAML like a constructor parameter.</summary>
    public List<int> Scores { get; init; } = [];
}

/// <summary>A nested record.</summary>
public sealed record ArticleAuthor(string Name, string[] Links, string? Email = null);

/// <summary>An enum bound by member name, case-insensitively.</summary>
public enum Level
{
    Beginner,
    Advanced,
}
