using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pages.Generators.Model;

namespace Pages.Generators.References;

/// <summary>
/// Finds the referenced assemblies built with Pages (they carry <c>[assembly: Pages.PagesAssembly(typeof(...))]</c>,
/// emitted with each manifest) and returns their manifest types' names, so the app's module initializer can
/// register them: a library's own module initializer does not run until something loads the library.
/// </summary>
internal static class ReferencedManifests
{
    private const string MarkerAttribute = "Pages.PagesAssemblyAttribute";

    /// <summary>The <c>global::</c>-qualified manifest type names, ordered ordinally (plain strings, so the step caches).</summary>
    public static EquatableArray<string> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == MarkerAttribute
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol manifest)
                {
                    names.Add(manifest.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                }
            }
        }
        return names.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
    }
}
