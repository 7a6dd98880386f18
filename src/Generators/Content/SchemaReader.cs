using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pages.Generators.Model;
using Pages.Generators.Pipeline;

namespace Pages.Generators.Content;

/// <summary>
/// Reads a <c>[Collection("name")]</c> record into a <see cref="CollectionSchema"/>: plain data, so the
/// incremental pipeline caches it and no symbol outlives this step. Members of a type YAML cannot bind are
/// reported where they are declared.
/// </summary>
internal static class SchemaReader
{
    public const string AttributeName = "Pages.CollectionAttribute";

    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>
    /// Whether <paramref name="node"/> is a <c>[Collection(...)]</c> attribute on a type. Found by syntax, not by
    /// <c>ForAttributeWithMetadataName</c>: in a user's project <c>Collection</c> usually binds only through the
    /// <c>global using Pages;</c> that this generator emits, which generators themselves do not see.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node)
    {
        if (node is not AttributeSyntax { Parent: AttributeListSyntax { Parent: TypeDeclarationSyntax } } attribute)
        {
            return false;
        }
        return AttributeSyntaxName.Of(attribute) is "Collection" or "CollectionAttribute";
    }

    public static CollectionSchema? Read(GeneratorSyntaxContext context, System.Threading.CancellationToken ct)
    {
        var attribute = (AttributeSyntax)context.Node;
        var model = context.SemanticModel;
        var bound = model.GetSymbolInfo(attribute, ct);
        if (bound.Symbol is IMethodSymbol constructor)
        {
            if (!IsOurs(constructor))
            {
                return null;
            }
        }
        else if (bound.CandidateReason == CandidateReason.Ambiguous || (!bound.CandidateSymbols.IsEmpty && !bound.CandidateSymbols.Any(IsOurs)))
        {
            // Another library's [Collection] (xUnit has one): the compiler reports any ambiguity itself.
            return null;
        }
        else if (model.Compilation.GetTypeByMetadataName(AttributeName) is null)
        {
            // Unbound, and the runtime is not referenced: not ours.
            return null;
        }
        if (model.GetDeclaredSymbol(attribute.Parent!.Parent!, ct) is not INamedTypeSymbol type)
        {
            return null;
        }
        var argument = attribute.ArgumentList?.Arguments.FirstOrDefault();
        var name = argument is null ? null : model.GetConstantValue(argument.Expression, ct).Value as string;
        var location = attribute.GetLocation();
        var (filePath, span) = SpanOf(location);
        var diagnostics = new List<DiagnosticInfo>();
        if (string.IsNullOrWhiteSpace(name) || name!.IndexOfAny(new[] { '/', '\\' }) >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollectionSchema, filePath, span, type.Name,
                "the collection name must be a constant folder name under the content root, such as \"blog\""));
            name = "";
        }
        var shape = ReadRecord(type, new Stack<INamedTypeSymbol>(), diagnostics, location);
        return new CollectionSchema(name!, shape, filePath, span, diagnostics.ToEquatableArray());
    }

    private static bool IsOurs(ISymbol symbol) => symbol.ContainingType?.ToDisplayString() == AttributeName;

    public static (string FilePath, SourceSpan Span) SpanOf(Location location)
    {
        var line = location.GetLineSpan();
        var text = location.SourceSpan;
        return (line.Path, new SourceSpan(text.Start, text.End, line.StartLinePosition.Line + 1, line.StartLinePosition.Character + 1,
            line.EndLinePosition.Line + 1, line.EndLinePosition.Character + 1));
    }

    private static RecordShape ReadRecord(INamedTypeSymbol type, Stack<INamedTypeSymbol> path, List<DiagnosticInfo> diagnostics, Location fallback)
    {
        var typeName = type.ToDisplayString(s_typeFormat);
        if (type.IsAbstract || type.IsGenericType || type.IsStatic)
        {
            Report(diagnostics, type.Locations.FirstOrDefault() ?? fallback, type.Name, "a schema must be a concrete, non-generic record or class");
            return new RecordShape(typeName, EquatableArray<SchemaMember>.Empty);
        }
        path.Push(type);
        var members = new List<SchemaMember>();
        var constructor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        var taken = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        if (constructor is not null)
        {
            foreach (var parameter in constructor.Parameters)
            {
                var memberType = ReadType(parameter.Type, path, diagnostics, parameter.Locations.FirstOrDefault() ?? fallback, parameter.Name);
                members.Add(new SchemaMember(parameter.Name, memberType, IsConstructorParameter: true, parameter.HasExplicitDefaultValue));
                taken.Add(parameter.Name);
            }
        }
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.SetMethod is null
                    || property.SetMethod.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)
                    || property.Name == "EqualityContract" || !taken.Add(property.Name))
                {
                    continue;
                }
                var location = property.Locations.FirstOrDefault() ?? fallback;
                var memberType = ReadType(property.Type, path, diagnostics, location, property.Name);
                members.Add(new SchemaMember(property.Name, memberType, IsConstructorParameter: false, !property.IsRequired && HasInitializer(property)));
            }
        }
        path.Pop();
        return new RecordShape(typeName, members.ToEquatableArray());
    }

    private static bool HasInitializer(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });

    private static SchemaType ReadType(ITypeSymbol type, Stack<INamedTypeSymbol> path, List<DiagnosticInfo> diagnostics, Location location, string member)
    {
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            nullable = true;
            type = wrapper.TypeArguments[0];
        }
        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(s_typeFormat);
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return SchemaType.Simple(SchemaKind.String, name, nullable);
            case SpecialType.System_Int32: return SchemaType.Simple(SchemaKind.Int32, name, nullable);
            case SpecialType.System_Int64: return SchemaType.Simple(SchemaKind.Int64, name, nullable);
            case SpecialType.System_Double: return SchemaType.Simple(SchemaKind.Double, name, nullable);
            case SpecialType.System_Single: return SchemaType.Simple(SchemaKind.Single, name, nullable);
            case SpecialType.System_Decimal: return SchemaType.Simple(SchemaKind.Decimal, name, nullable);
            case SpecialType.System_Boolean: return SchemaType.Simple(SchemaKind.Boolean, name, nullable);
            case SpecialType.System_DateTime: return SchemaType.Simple(SchemaKind.DateTime, name, nullable);
        }
        switch (name)
        {
            case "global::System.DateOnly": return SchemaType.Simple(SchemaKind.DateOnly, name, nullable);
            case "global::System.DateTimeOffset": return SchemaType.Simple(SchemaKind.DateTimeOffset, name, nullable);
        }
        if (type.TypeKind == TypeKind.Enum)
        {
            var names = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray();
            return new SchemaType(SchemaKind.Enum, name, nullable, names, null, null);
        }
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            var element = ReadType(array.ElementType, path, diagnostics, location, member);
            return new SchemaType(SchemaKind.Array, element.TypeName + "[]", nullable, EquatableArray<string>.Empty, element, null);
        }
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            var definition = generic.OriginalDefinition.ToDisplayString();
            var isList = definition == "System.Collections.Generic.List<T>";
            if (isList || definition is "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IReadOnlyList<T>"
                or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.ICollection<T>")
            {
                var element = ReadType(generic.TypeArguments[0], path, diagnostics, location, member);
                return new SchemaType(isList ? SchemaKind.List : SchemaKind.Array, isList ? name : element.TypeName + "[]", nullable, EquatableArray<string>.Empty, element, null);
            }
        }
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsGenericType: false } record
            && record.ContainingNamespace?.ToDisplayString().StartsWith("System", System.StringComparison.Ordinal) != true)
        {
            if (path.Any(p => SymbolEqualityComparer.Default.Equals(p, record)))
            {
                Report(diagnostics, location, member, $"'{record.Name}' contains itself; YAML frontmatter cannot bind recursive types");
                return SchemaType.Simple(SchemaKind.Unsupported, name, nullable);
            }
            var shape = ReadRecord(record, path, diagnostics, location);
            return new SchemaType(SchemaKind.Record, name, nullable, EquatableArray<string>.Empty, null, shape);
        }
        Report(diagnostics, location, member, $"'{type.ToDisplayString()}' is not supported; use a string, number, bool, DateTime, DateOnly, DateTimeOffset, enum, array or List of these, or a record");
        return SchemaType.Simple(SchemaKind.Unsupported, name, nullable);
    }

    private static void Report(List<DiagnosticInfo> diagnostics, Location location, string member, string reason)
    {
        var (filePath, span) = SpanOf(location);
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollectionSchema, filePath, span, member, reason));
    }
}
