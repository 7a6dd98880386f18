using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Pages.Generators.Tests.Infrastructure;

/// <summary>A .page file that exists only in memory, as the compiler hands it to the generator.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
