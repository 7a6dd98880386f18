using Pages.Generators.Model;

namespace Pages.Generators.Content;

/// <summary>A record YAML mappings bind to: its fully qualified name and its members (constructor parameters first).</summary>
internal sealed record RecordShape(string TypeName, EquatableArray<SchemaMember> Members);
