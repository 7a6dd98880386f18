namespace Pages.Generators.Content;

/// <summary>What a <see cref="ContentValue"/> holds.</summary>
internal enum ContentValueKind
{
    /// <summary>YAML <c>null</c> (or an absent nullable constructor parameter without a default).</summary>
    Null,
    /// <summary>A scalar, already as its content table token.</summary>
    Scalar,
    /// <summary>A list of items.</summary>
    List,
    /// <summary>A record: the members given, and their values.</summary>
    Record,
}
