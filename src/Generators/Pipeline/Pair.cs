namespace Pages.Generators.Pipeline;

/// <summary>
/// Two pipeline values combined, as a class: what <see cref="PairExtensions"/> turns Roslyn's <c>Combine</c> tuples into.
/// </summary>
/// <remarks>
/// Roslyn's incremental driver is generic over each step's value type. Over classes the runtime shares one copy of
/// that code; each distinct struct shape (<c>(A, B)</c>, <c>((A, B), C)</c>, <c>(ImmutableArray&lt;A&gt;, B)</c>, <c>bool</c>)
/// gets its own ≈ 70–120 methods, which the JIT compiles on a cold build. Equality is by value, as the tuple's was.
/// </remarks>
internal sealed record Pair<TLeft, TRight>(TLeft Left, TRight Right);
