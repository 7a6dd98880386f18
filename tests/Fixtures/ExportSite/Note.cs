namespace ExportSite;

/// <summary>A note's frontmatter: Markdown whose links the export's link check reads like any template's.</summary>
[global::Pages.Collection("notes")]
public sealed record Note(string Title);
