namespace Pages.FleetTests;

/// <summary>The fleet tests share loopback ports and the CPU: they run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class FleetCollection
{
    public const string Name = "fleet";
}
