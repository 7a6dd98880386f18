using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pages.Generators.Model;

namespace Pages.Generators.References;

/// <summary>
/// Finds the referenced assemblies built with Pages (they carry <c>[assembly: Pages.PagesAssembly(typeof(...))]</c>,
/// emitted with each manifest) and names their manifest types, so the app's module initializer can register them:
/// a library's own module initializer does not run until something loads the library. Their
/// <c>[assembly: Pages.PagesRoutes(...)]</c> lists their routes, for the app's <c>Routes</c> class and link check.
/// </summary>
/// <remarks>
/// Each reference is read on its own (<see cref="Read"/>, one pipeline step per reference), so an edit — a new
/// compilation with the same references — reads nothing again; only a changed reference is read.
/// </remarks>
internal static class ReferencedManifests
{
    private const string MarkerNamespace = "Pages";
    private const string MarkerName = "PagesAssemblyAttribute";
    private const string RoutesName = "PagesRoutesAttribute";

    /// <summary>
    /// The manifest type and routes a reference's attributes name, or <see cref="PagesReference.None"/> for a reference
    /// without them (nearly all of them). A file is read through System.Reflection.Metadata, without binding symbols.
    /// </summary>
    public static PagesReference Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return reference switch
            {
                PortableExecutableReference file => file.GetMetadata() is AssemblyMetadata assembly ? FromMetadata(assembly) : PagesReference.None,
                // An IDE hands a referenced project over as its compilation.
                CompilationReference project => FromSymbol(project.Compilation.Assembly),
                _ => PagesReference.None,
            };
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException)
        {
            return PagesReference.None;
        }
    }

    /// <summary>The manifest names of all references, without blanks or repeats, ordered ordinally.</summary>
    public static EquatableArray<string> Combine(EquatableArray<PagesReference> references)
        => references.Select(r => r.ManifestType).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The routes of all references, ordered by route path; a path two libraries share is kept once.</summary>
    public static EquatableArray<RouteTarget> CombineRoutes(EquatableArray<PagesReference> references)
    {
        var routes = new List<RouteTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var routePath in references.SelectMany(r => r.RoutePaths).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (seen.Add(routePath) && Routing.RouteTargets.FromRoutePath(routePath) is { } route)
            {
                routes.Add(route);
            }
        }

        return routes.ToEquatableArray();
    }

    private static PagesReference FromMetadata(AssemblyMetadata assembly)
    {
        var modules = assembly.GetModules();
        if (modules.IsEmpty)
        {
            return PagesReference.None;
        }

        var reader = modules[0].GetMetadataReader();
        if (!reader.IsAssembly)
        {
            return PagesReference.None;
        }

        var manifest = "";
        var routes = new List<string>();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            var name = PagesAttributeName(reader, attribute.Constructor);
            var blob = reader.GetBlobReader(attribute.Value);
            if (name is null || blob.ReadUInt16() != 1)
            {
                continue;
            }

            if (name == MarkerName && blob.ReadSerializedString() is { Length: > 0 } typeName)
            {
                // The typeof argument as a serialized type name ("Pages.Generated.Lib.PagesManifest, Lib, Version=...").
                var comma = typeName.IndexOf(',');
                manifest = "global::" + (comma < 0 ? typeName : typeName.Substring(0, comma)).Trim().Replace('+', '.');
            }
            else if (name == RoutesName)
            {
                // The params string[] argument: its length (-1 for null), then each string.
                var count = blob.ReadInt32();
                for (var i = 0; i < count; i++)
                {
                    if (blob.ReadSerializedString() is { Length: > 0 } routePath)
                    {
                        routes.Add(routePath);
                    }
                }
            }
        }

        return manifest.Length == 0 && routes.Count == 0 ? PagesReference.None : new PagesReference(manifest, routes.ToEquatableArray());
    }

    /// <summary>The name of a <c>Pages.</c> attribute this reader knows (<c>PagesAssemblyAttribute</c>, <c>PagesRoutesAttribute</c>), else null.</summary>
    private static string? PagesAttributeName(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return null;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        if (!reader.StringComparer.Equals(type.Namespace, MarkerNamespace))
        {
            return null;
        }

        return reader.StringComparer.Equals(type.Name, MarkerName) ? MarkerName
            : reader.StringComparer.Equals(type.Name, RoutesName) ? RoutesName
            : null;
    }

    private static PagesReference FromSymbol(IAssemblySymbol assembly)
    {
        var manifest = "";
        var routes = new List<string>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { ContainingNamespace: { Name: MarkerNamespace, ContainingNamespace.IsGlobalNamespace: true } } type
                || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var argument = attribute.ConstructorArguments[0];
            if (type.Name == MarkerName && argument.Value is INamedTypeSymbol manifestType)
            {
                manifest = manifestType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
            else if (type.Name == RoutesName && argument.Kind == TypedConstantKind.Array)
            {
                routes.AddRange(argument.Values.Select(v => v.Value as string).Where(v => v is { Length: > 0 })!);
            }
        }

        return manifest.Length == 0 && routes.Count == 0 ? PagesReference.None : new PagesReference(manifest, routes.ToEquatableArray());
    }
}
