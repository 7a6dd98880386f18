namespace Pages.Generators.Tests.Properties;

/// <summary>
/// How many cases each generator property runs: 3,000 in CI, or <c>PAGES_FUZZ_ITER</c> for a long campaign
/// (<c>PAGES_FUZZ_ITER=100000 dotnet test tests/Pages.Generators.Tests -c Release --filter FullyQualifiedName~Properties</c>).
/// </summary>
public static class FuzzBudget
{
    public const int Default = 3000;

    public static int Iterations { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("PAGES_FUZZ_ITER"), out var iterations) && iterations > 0 ? iterations : Default;
}
