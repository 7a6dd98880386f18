namespace Pages.Generators.Model;

/// <summary>A <c>.page</c> file as the pipeline first sees it: its absolute path and its text.</summary>
internal sealed record PageFile(string Path, string Text);
