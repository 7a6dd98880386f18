namespace Pages;

/// <summary>A link in an exported page that reaches no written file, or a fragment the target page has no id for.</summary>
/// <param name="Page">The file that holds the link, relative to the output folder (<c>blog/hello/index.html</c>).</param>
/// <param name="Url">The link as written in the page.</param>
/// <param name="Reason">What is missing (<c>no file /abut</c>, <c>no id "team" in about/index.html</c>).</param>
internal sealed record BrokenLink(string Page, string Url, string Reason)
{
    public override string ToString() => $"{Page}: {Url} ({Reason})";
}
