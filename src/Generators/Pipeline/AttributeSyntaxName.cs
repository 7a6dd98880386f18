using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pages.Generators.Pipeline;

/// <summary>
/// The name an attribute is written with, without its namespace or alias qualifier (<c>Endpoint</c> for
/// <c>[Endpoint]</c>, <c>[Pages.Endpoint]</c> and <c>[global::Pages.Endpoint]</c>): what a syntax predicate compares
/// before the symbol confirms the attribute (<c>[Collection]</c> records, <c>[Endpoint]</c> classes).
/// </summary>
internal static class AttributeSyntaxName
{
    public static string Of(AttributeSyntax attribute) => attribute.Name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };
}
