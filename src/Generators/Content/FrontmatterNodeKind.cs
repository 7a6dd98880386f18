namespace Pages.Generators.Content;

/// <summary>What a <see cref="FrontmatterNode"/> is.</summary>
internal enum FrontmatterNodeKind
{
    Scalar,
    Sequence,
    Mapping,

    /// <summary>A YAML alias left unresolved by YamlDotNet (nothing binds to it).</summary>
    Alias,
}
