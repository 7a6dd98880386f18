namespace Pages.Generators.Tests.Properties;

/// <summary>One valid page of the corpus: where it lives in the repository, its text, and whether it is routed.</summary>
public sealed record CorpusPage(string RepositoryPath, string Text, bool IsRouted)
{
    public override string ToString() => RepositoryPath;
}
