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
/// a library's own module initializer does not run until something loads the library.
/// </summary>
/// <remarks>
/// Each reference is read on its own (<see cref="Read"/>, one pipeline step per reference), so an edit — a new
/// compilation with the same references — reads nothing again; only a changed reference is read.
/// </remarks>
internal static class ReferencedManifests
{
    private const string MarkerNamespace = "Pages";
    private const string MarkerName = "PagesAssemblyAttribute";

    /// <summary>
    /// The <c>global::</c>-qualified manifest type a reference's marker names, or "" for a reference without one
    /// (nearly all of them). A file is read through System.Reflection.Metadata, without binding symbols.
    /// </summary>
    public static string Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return reference switch
            {
                PortableExecutableReference file => file.GetMetadata() is AssemblyMetadata assembly ? FromMetadata(assembly) : "",
                // An IDE hands a referenced project over as its compilation.
                CompilationReference project => FromSymbol(project.Compilation.Assembly),
                _ => "",
            };
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException)
        {
            return "";
        }
    }

    /// <summary>The manifest names of all references, without blanks or repeats, ordered ordinally.</summary>
    public static EquatableArray<string> Combine(ImmutableArray<string> names)
        => names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    private static string FromMetadata(AssemblyMetadata assembly)
    {
        var modules = assembly.GetModules();
        if (modules.IsEmpty)
        {
            return "";
        }

        var reader = modules[0].GetMetadataReader();
        if (!reader.IsAssembly)
        {
            return "";
        }

        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsMarker(reader, attribute.Constructor))
            {
                continue;
            }

            // The value blob: prolog 0x0001, then the typeof argument as a serialized type name
            // ("Pages.Generated.Lib.PagesManifest, Lib, Version=..."), then the named-argument count.
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1 || blob.ReadSerializedString() is not { Length: > 0 } typeName)
            {
                continue;
            }

            var comma = typeName.IndexOf(',');
            return "global::" + (comma < 0 ? typeName : typeName.Substring(0, comma)).Trim().Replace('+', '.');
        }

        return "";
    }

    private static bool IsMarker(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, MarkerName) && reader.StringComparer.Equals(type.Namespace, MarkerNamespace);
    }

    private static string FromSymbol(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: MarkerName, ContainingNamespace: { Name: MarkerNamespace, ContainingNamespace.IsGlobalNamespace: true } }
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is INamedTypeSymbol manifest)
            {
                return manifest.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
        }

        return "";
    }
}
