namespace Pages;

/// <summary>
/// Marks a record as the schema of the content collection in <c>Content/&lt;name&gt;/</c>: the generator checks
/// every entry's YAML frontmatter against it and compiles the entries into the app.
/// </summary>
/// <example><code>[Collection("blog")]
/// public sealed record BlogPost(string Title, DateTime PubDate, string[] Tags, bool Draft = false);</code></example>
/// <param name="name">The collection's folder name under the content root (<c>blog</c>).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CollectionAttribute(string name) : Attribute
{
    /// <summary>The collection's folder name under the content root.</summary>
    public string Name { get; } = name;
}
