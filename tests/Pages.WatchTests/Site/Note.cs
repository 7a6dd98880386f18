namespace WatchSite;

/// <summary>The schema of Content/notes/*.md.</summary>
[global::Pages.Collection("notes")]
public sealed record Note(string Title);
