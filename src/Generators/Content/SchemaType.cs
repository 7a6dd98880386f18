using Pages.Generators.Model;

namespace Pages.Generators.Content;

/// <summary>
/// The shape of a schema member's type, as plain data: its kind, its fully qualified C# name (for the emitted
/// constructor call), whether YAML <c>null</c> is allowed, enum member names, the element of a list, the
/// members of a nested record.
/// </summary>
internal sealed record SchemaType(
    SchemaKind Kind,
    string TypeName,
    bool Nullable,
    EquatableArray<string> EnumMembers,
    SchemaType? Element,
    RecordShape? Record)
{
    public static SchemaType Simple(SchemaKind kind, string typeName, bool nullable)
        => new(kind, typeName, nullable, EquatableArray<string>.Empty, null, null);
}
