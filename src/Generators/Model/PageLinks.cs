namespace Pages.Generators.Model;

/// <summary>The literal root-relative links of one <c>.page</c> file, in source order.</summary>
/// <param name="FilePath">The file's absolute path, for diagnostics.</param>
/// <param name="Links">Its links.</param>
/// <param name="Failure">The PAGE099 of finding the links when it failed unexpectedly, or null.</param>
internal sealed record PageLinks(string FilePath, EquatableArray<LiteralLink> Links, DiagnosticInfo? Failure = null);
