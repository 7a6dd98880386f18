using System.Text;
using Microsoft.CodeAnalysis.QuickInfo;
using Pages.LanguageServer.Protocol;
using Pages.LanguageServer.Workspace;

namespace Pages.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: Roslyn's quick info at the mapped position, as Markdown (signature in a C# block, then docs).</summary>
internal sealed class HoverHandler(PageWorkspace workspace)
{
    public async Task<Hover?> HandleAsync(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        if (await workspace.GetAsync(request.TextDocument.Uri, cancellationToken).ConfigureAwait(false) is not var (_, snapshot)
            || snapshot.Generated is not { } document
            || snapshot.ToGenerated(request.Position) is not { } position
            || QuickInfoService.GetService(document) is not { } service)
        {
            return null;
        }
        var info = await service.GetQuickInfoAsync(document, position, cancellationToken).ConfigureAwait(false);
        if (info is null || info.Sections.IsEmpty)
        {
            return null;
        }
        var markdown = new StringBuilder();
        foreach (var section in info.Sections)
        {
            if (section.Kind == QuickInfoSectionKinds.Description)
            {
                markdown.Append("```csharp\n").Append(section.Text).Append("\n```\n");
            }
            else if (section.Text.Length > 0)
            {
                markdown.Append('\n').Append(section.Text).Append('\n');
            }
        }
        return new Hover(new MarkupContent("markdown", markdown.ToString().TrimEnd()), snapshot.ToPageRange(info.Span));
    }
}
