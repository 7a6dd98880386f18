namespace Pages.IntegrationTests;

/// <summary>The item the test endpoints store and the JSON page returns.</summary>
public sealed record Item(int Id, string Name);
