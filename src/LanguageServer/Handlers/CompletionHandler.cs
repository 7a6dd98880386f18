using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Pages.LanguageServer.Protocol;
using Pages.LanguageServer.Workspace;
using CompletionList = Pages.LanguageServer.Protocol.CompletionList;
using RoslynCompletionItem = Microsoft.CodeAnalysis.Completion.CompletionItem;

namespace Pages.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/completion</c>: in C# (frontmatter, holes, attribute values, directive headers) Roslyn's
/// <see cref="CompletionService"/> at the mapped position; in a component tag, the components and their props.
/// </summary>
internal sealed class CompletionHandler(PageWorkspace workspace)
{
    public async Task<CompletionList> HandleAsync(CompletionParams request, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (await workspace.GetAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false) is not var (_, snapshot)
            || snapshot.Generated is not { } document)
        {
            return CompletionList.Empty;
        }
        var offset = snapshot.ToOffset(request.Position);
        if (TagContext.At(snapshot.PageText.ToString(), offset) is { } tag)
        {
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            return compilation is null ? CompletionList.Empty : ComponentItems(compilation, tag, snapshot, offset);
        }
        if (snapshot.Map?.ToGenerated(offset) is not { } position || CompletionService.GetService(document) is not { } service)
        {
            return CompletionList.Empty;
        }
        var snapshotMs = clock.ElapsedMilliseconds;
        var trigger = request.Context?.TriggerCharacter is [var character]
            ? CompletionTrigger.CreateInsertionTrigger(character)
            : CompletionTrigger.Invoke;
        var list = await service.GetCompletionsAsync(document, position, trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
        var range = snapshot.ToPageRange(list.Span) ?? new Protocol.Range(request.Position, request.Position);
        var items = list.ItemsList
            .Select(item => new Protocol.CompletionItem(
                item.DisplayTextPrefix + item.DisplayText + item.DisplayTextSuffix,
                KindOf(item),
                item.InlineDescription.Length > 0 ? item.InlineDescription : null,
                new TextEdit(range, item.DisplayText),
                item.SortText,
                item.FilterText))
            .ToList();
        workspace.Log($"completion: {items.Count} items; page and generated document {snapshotMs} ms, Roslyn {clock.ElapsedMilliseconds - snapshotMs} ms");
        return new CompletionList(false, items);
    }

    private static CompletionList ComponentItems(Compilation compilation, TagContext tag, PageSnapshot snapshot, int offset)
    {
        if (tag.InName)
        {
            var range = new Protocol.Range(snapshot.ToPosition(tag.NameStart), snapshot.ToPosition(offset));
            return new CompletionList(false, ComponentCatalog.All(compilation)
                .Select(type => new Protocol.CompletionItem(type.Name, CompletionItemKinds.Class, type.ContainingNamespace.ToDisplayString(), new TextEdit(range, type.Name), null, null))
                .ToList());
        }
        var props = ComponentCatalog.Find(compilation, tag.ComponentName)?.GetTypeMembers("Props").FirstOrDefault();
        if (props is null)
        {
            return CompletionList.Empty;
        }
        var here = new Protocol.Range(snapshot.ToPosition(offset), snapshot.ToPosition(offset));
        return new CompletionList(false, props.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.Name != "EqualityContract")
            .Select(p => new Protocol.CompletionItem(p.Name, CompletionItemKinds.Property, p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), new TextEdit(here, p.Name), null, null))
            .ToList());
    }

    private static int KindOf(RoslynCompletionItem item)
    {
        foreach (var tag in item.Tags)
        {
            switch (tag)
            {
                case "Method" or "ExtensionMethod": return CompletionItemKinds.Method;
                case "Property": return CompletionItemKinds.Property;
                case "Field": return CompletionItemKinds.Field;
                case "Local" or "Parameter" or "RangeVariable": return CompletionItemKinds.Variable;
                case "Class" or "Record" or "Delegate": return CompletionItemKinds.Class;
                case "Structure" or "RecordStruct": return CompletionItemKinds.Struct;
                case "Interface": return CompletionItemKinds.Interface;
                case "Enum": return CompletionItemKinds.Enum;
                case "EnumMember": return CompletionItemKinds.EnumMember;
                case "Constant": return CompletionItemKinds.Constant;
                case "Event": return CompletionItemKinds.Event;
                case "Namespace": return CompletionItemKinds.Module;
                case "TypeParameter": return CompletionItemKinds.TypeParameter;
                case "Keyword": return CompletionItemKinds.Keyword;
            }
        }
        return CompletionItemKinds.Text;
    }
}
