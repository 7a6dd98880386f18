using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Bench.Generator;

/// <summary>A <c>.page</c> file handed to the generator as an additional file.</summary>
public sealed class InMemoryPage(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    /// <inheritdoc/>
    public override string Path { get; } = path;

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
