using Microsoft.CodeAnalysis;

namespace Pages.LanguageServer.Handlers;

/// <summary>
/// The components a page can use, read from the compilation's symbols: classes deriving from
/// <c>Pages.Component&lt;TProps&gt;</c> in the project and in referenced assemblies built with Pages.
/// </summary>
internal static class ComponentCatalog
{
    public static IReadOnlyList<INamedTypeSymbol> All(Compilation compilation)
    {
        var componentBase = compilation.GetTypeByMetadataName("Pages.Component`1");
        if (componentBase is null)
        {
            return [];
        }
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols
            .Where(a => a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "Pages")))
            .Prepend(compilation.Assembly);
        var found = new List<INamedTypeSymbol>();
        foreach (var assembly in assemblies)
        {
            Collect(assembly.GlobalNamespace, componentBase, found);
        }
        return found;
    }

    /// <summary>The component named as in a tag (<c>Card</c> or <c>Ui.Card</c>): matched on its last part.</summary>
    public static INamedTypeSymbol? Find(Compilation compilation, string tagName)
    {
        var simpleName = tagName[(tagName.LastIndexOf('.') + 1)..];
        return All(compilation).FirstOrDefault(t => t.Name == simpleName);
    }

    private static void Collect(INamespaceSymbol ns, INamedTypeSymbol componentBase, List<INamedTypeSymbol> found)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            if (type.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(type.BaseType?.OriginalDefinition, componentBase))
            {
                found.Add(type);
            }
        }
        foreach (var child in ns.GetNamespaceMembers())
        {
            Collect(child, componentBase, found);
        }
    }
}
