namespace Pages.Generators.Content;

/// <summary>The shapes of C# type a collection schema member may have (docs/content.md).</summary>
internal enum SchemaKind
{
    String,
    Int32,
    Int64,
    Double,
    Single,
    Decimal,
    Boolean,
    DateTime,
    DateOnly,
    DateTimeOffset,
    Enum,
    /// <summary>A <c>T[]</c>, or an interface an array implements (<c>IReadOnlyList&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>...).</summary>
    Array,
    /// <summary>A <c>List&lt;T&gt;</c>.</summary>
    List,
    /// <summary>A nested record (or class) bound from a YAML mapping.</summary>
    Record,
    /// <summary>A type YAML cannot bind; reported where the member is declared.</summary>
    Unsupported,
}
