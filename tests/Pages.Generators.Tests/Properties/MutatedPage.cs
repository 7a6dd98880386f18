namespace Pages.Generators.Tests.Properties;

/// <summary>A corpus page after some edits: the text the generator is given.</summary>
public sealed record MutatedPage(CorpusPage Seed, PageMutation[] Mutations)
{
    public string Text => Mutations.Aggregate(Seed.Text, (text, mutation) => mutation.Apply(text));

    public override string ToString() => $"{Seed} with [{string.Join(", ", Mutations)}]";
}
