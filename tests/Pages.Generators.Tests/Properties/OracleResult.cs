using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pages.Generators.Tests.Properties;

/// <summary>What the generator and (when asked) the compiler reported for one text.</summary>
public sealed record OracleResult(ImmutableArray<Diagnostic> GeneratorDiagnostics, ImmutableArray<Diagnostic> CompilerErrors);
