using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Pages.LanguageServer.Workspace;

/// <summary>A <c>.page</c> text handed to the generator driver that collects PAGE diagnostics.</summary>
internal sealed class PageAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
