using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Pages.LanguageServer.Protocol;
using Pages.LanguageServer.Workspace;

namespace Pages.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/definition</c>: the symbol at the mapped position (Roslyn's <see cref="SymbolFinder"/>), and where
/// it is declared: a place in a <c>.page</c> through its <c>#line</c> mapping, the <c>.page</c> a generated class came
/// from (a component tag leads to its component), or a <c>.cs</c> file.
/// </summary>
internal sealed class DefinitionHandler(PageWorkspace workspace)
{
    public async Task<Protocol.Location[]> HandleAsync(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (await workspace.GetAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false) is not var (_, snapshot)
            || snapshot.Generated is not { } document
            || snapshot.ToGenerated(request.Position) is not { } position
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return [];
        }
        var symbol = await SymbolAtAsync(model, position, document, cancellationToken).ConfigureAwait(false);
        if (symbol is null)
        {
            return [];
        }
        return symbol.Locations.Where(l => l.IsInSource).Select(ToLocation).OfType<Protocol.Location>().Distinct().ToArray();
    }

    private static async Task<ISymbol?> SymbolAtAsync(SemanticModel model, int position, Document document, CancellationToken cancellationToken)
    {
        // A component tag maps to a qualified type name (global::Ns.Card): the whole name names the symbol.
        var root = await model.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
        var node = root.FindToken(position).Parent;
        NameSyntax? name = null;
        for (var current = node; current is NameSyntax candidate; current = current.Parent)
        {
            name = candidate;
        }
        if (name is QualifiedNameSyntax or AliasQualifiedNameSyntax && model.GetSymbolInfo(name, cancellationToken).Symbol is { } qualified)
        {
            return qualified;
        }
        return await SymbolFinder.FindSymbolAtPositionAsync(model, position, document.Project.Solution.Workspace, cancellationToken).ConfigureAwait(false);
    }

    private static Protocol.Location? ToLocation(Microsoft.CodeAnalysis.Location location)
    {
        var mapped = location.GetMappedLineSpan();
        if (mapped.HasMappedPath)
        {
            return new Protocol.Location(PageWorkspace.ToUri(mapped.Path), ToRange(mapped));
        }
        if (location.SourceTree is { } tree && PageProject.PageOf(tree) is { } page)
        {
            return new Protocol.Location(PageWorkspace.ToUri(page), new Protocol.Range(new Position(0, 0), new Position(0, 0)));
        }
        var span = location.GetLineSpan();
        return File.Exists(span.Path) ? new Protocol.Location(PageWorkspace.ToUri(span.Path), ToRange(span)) : null;
    }

    private static Protocol.Range ToRange(FileLinePositionSpan span) => new(
        new Position(span.StartLinePosition.Line, span.StartLinePosition.Character),
        new Position(span.EndLinePosition.Line, span.EndLinePosition.Character));
}
