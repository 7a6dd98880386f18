using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pages.Generators.Model;
using Pages.Generators.Pipeline;

namespace Pages.Generators.Endpoints;

/// <summary>
/// Reads an <c>[Endpoint]</c> class into an <see cref="EndpointClass"/>: which handlers it has and what they return,
/// its <c>Prerender</c> constant, whether it has <c>GetStaticPaths</c>; a handler with a wrong signature is PAGE030
/// at the method, a generic or private class PAGE033 at its name.
/// </summary>
internal static class EndpointParser
{
    /// <summary>The handler names, in the order the route table and the <c>Allow</c> header list them.</summary>
    public static readonly string[] HandlerNames = { "Get", "Post", "Put", "Patch", "Delete", "Options", "All" };

    private const string ResultType = "Microsoft.AspNetCore.Http.IResult";
    private const string ContextType = "Pages.EndpointContext";

    private const string AttributeNamespace = "Pages";
    private const string AttributeName = "EndpointAttribute";

    /// <summary>
    /// Whether <paramref name="node"/> is a class with an attribute named <c>Endpoint</c> or <c>EndpointAttribute</c>
    /// (plain, qualified or <c>global::</c>): found by syntax, then confirmed by <see cref="Read"/>, as <c>[Collection]</c>
    /// records are (SchemaReader). Not <c>ForAttributeWithMetadataName</c>: its driver code, generic over four tuple
    /// shapes of its own, cost a cold build ≈ 340 JIT-compiled methods and ≈ 35 ms (docs/performance.md, generator cold
    /// start, fourth pass), while this predicate rides on the syntax walk the content pipeline already makes. An alias
    /// of another name (<c>using Api = Pages.EndpointAttribute;</c>) is not seen.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node)
    {
        if (node is not ClassDeclarationSyntax { AttributeLists.Count: > 0 } declaration)
        {
            return false;
        }
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (AttributeSyntaxName.Of(attribute) is "Endpoint" or AttributeName)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The candidate class (<see cref="IsCandidate"/>) as an <see cref="EndpointClass"/>, or <see langword="null"/> when
    /// none of its attributes is <c>Pages.EndpointAttribute</c> (another library's <c>[Endpoint]</c>).
    /// </summary>
    public static EndpointClass? Read(GeneratorSyntaxContext context, CancellationToken ct)
    {
        var declaration = (ClassDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declaration, ct) is not INamedTypeSymbol type || !HasEndpointAttribute(type))
        {
            return null;
        }
        return Parse(type, declaration.SyntaxTree, ct);
    }

    private static bool HasEndpointAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }
        return false;
    }

    private static EndpointClass Parse(INamedTypeSymbol type, SyntaxTree tree, CancellationToken ct)
    {
        var filePath = tree.FilePath;
        var nameLocation = SpanOf(type.Locations.FirstOrDefault(l => l.SourceTree == tree));
        var diagnostics = new List<DiagnosticInfo>();

        if (type.IsGenericType || !IsReachable(type))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEndpointClass, filePath, nameLocation, type.Name));
        }

        var handlers = new List<EndpointHandlerModel>();
        foreach (var name in HandlerNames)
        {
            ct.ThrowIfCancellationRequested();
            EndpointHandlerModel? handler = null;
            foreach (var method in type.GetMembers(name).OfType<IMethodSymbol>())
            {
                if (handler is null && TryReturnKind(method, out var kind))
                {
                    handler = new EndpointHandlerModel(name, kind);
                    continue;
                }

                var location = method.Locations.FirstOrDefault();
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEndpointHandler,
                    location?.SourceTree?.FilePath ?? filePath, SpanOf(location), type.Name + "." + name));
            }

            if (handler is not null)
            {
                handlers.Add(handler);
            }
        }

        bool? prerender = null;
        var prerenderField = type.GetMembers("Prerender").OfType<IFieldSymbol>().FirstOrDefault();
        if (prerenderField is not null)
        {
            if (prerenderField.IsConst && prerenderField.ConstantValue is bool value)
            {
                prerender = value;
            }
            else
            {
                var location = prerenderField.Locations.FirstOrDefault();
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonLiteralSetting, location?.SourceTree?.FilePath ?? filePath, SpanOf(location), "public const bool Prerender"));
            }
        }

        var hasStaticPaths = type.GetMembers("GetStaticPaths").OfType<IMethodSymbol>().Any(m => m.IsStatic);
        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new EndpointClass(filePath, typeName, handlers.ToEquatableArray(), prerender, hasStaticPaths, nameLocation, diagnostics.ToEquatableArray());
    }

    /// <summary>A handler is static, reachable from the route table, takes one <c>EndpointContext</c> and returns a result.</summary>
    private static bool TryReturnKind(IMethodSymbol method, out EndpointReturnKind kind)
    {
        kind = EndpointReturnKind.Result;
        if (!method.IsStatic || method.IsGenericMethod || !IsReachable(method)
            || method.Parameters.Length != 1
            || method.Parameters[0].RefKind != RefKind.None
            || method.Parameters[0].Type.ToDisplayString() != ContextType)
        {
            return false;
        }

        var returnType = method.ReturnType.ToDisplayString();
        if (returnType == ResultType || returnType == ResultType + "?")
        {
            return true;
        }

        if (returnType == "System.Threading.Tasks.Task<" + ResultType + ">")
        {
            kind = EndpointReturnKind.Task;
            return true;
        }

        if (returnType == "System.Threading.Tasks.ValueTask<" + ResultType + ">")
        {
            kind = EndpointReturnKind.ValueTask;
            return true;
        }

        return false;
    }

    /// <summary>Whether the generated route table (in the same assembly) can name the symbol: internal or public all the way out.</summary>
    private static bool IsReachable(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static SourceSpan SpanOf(Location? location)
    {
        if (location is null || !location.IsInSource)
        {
            return new SourceSpan(0, 0, 1, 1, 1, 1);
        }

        var lines = location.GetLineSpan();
        return new SourceSpan(location.SourceSpan.Start, location.SourceSpan.End,
            lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1,
            lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1);
    }
}
