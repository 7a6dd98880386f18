namespace Pages.Generators.Content;

/// <summary>
/// One field of a schema: a constructor parameter (passed by name) or a settable property (set in an object
/// initializer). A nullable or defaulted member is optional; <see cref="HasDefault"/> members are left out
/// when absent, nullable ones without a default get <c>null</c>.
/// </summary>
internal sealed record SchemaMember(string Name, SchemaType Type, bool IsConstructorParameter, bool HasDefault)
{
    public bool Required => !HasDefault && !Type.Nullable;
}
