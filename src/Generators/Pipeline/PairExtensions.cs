using System;
using Microsoft.CodeAnalysis;
using Pages.Generators.Model;

namespace Pages.Generators.Pipeline;

/// <summary>
/// <c>Combine</c> and <c>Collect</c> whose results are classes (<see cref="Pair{TLeft, TRight}"/>, <see cref="EquatableArray{T}"/>),
/// so that only two struct shapes reach Roslyn's generic driver code: <c>(class, class)</c> and <c>ImmutableArray&lt;class&gt;</c>.
/// </summary>
internal static class PairExtensions
{
    /// <summary>Both values as one <see cref="Pair{TLeft, TRight}"/>.</summary>
    public static IncrementalValueProvider<Pair<TLeft, TRight>> Pair<TLeft, TRight>(
        this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right)
        => left.Combine(right).Select(static (pair, _) => new Pair<TLeft, TRight>(pair.Left, pair.Right));

    /// <summary>Each value with the one <paramref name="right"/> value, as a <see cref="Pair{TLeft, TRight}"/>.</summary>
    public static IncrementalValuesProvider<Pair<TLeft, TRight>> Pair<TLeft, TRight>(
        this IncrementalValuesProvider<TLeft> left, IncrementalValueProvider<TRight> right)
        => left.Combine(right).Select(static (pair, _) => new Pair<TLeft, TRight>(pair.Left, pair.Right));

    /// <summary>All values as one <see cref="EquatableArray{T}"/>, in the driver's order.</summary>
    public static IncrementalValueProvider<EquatableArray<T>> CollectEquatable<T>(this IncrementalValuesProvider<T> values)
        where T : IEquatable<T>
        => values.Collect().Select(static (all, _) => all.ToEquatableArray());
}
