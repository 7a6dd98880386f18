using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// Runs the Pages generator in its own driver to collect its PAGE diagnostics: Roslyn's workspace runs the
/// generator for the generated C# but keeps the generator's diagnostics to itself. The driver is kept across
/// edits, so a change re-parses one page. With no loaded project it runs on an empty compilation: the generator
/// alone, which is all PAGE diagnostics of a page's own text need.
/// </summary>
internal sealed class PageDiagnosticsRunner
{
    private readonly object _gate = new();
    private readonly Dictionary<string, PageAdditionalText> _texts = new(StringComparer.Ordinal);
    private GeneratorDriver _driver;

    public PageDiagnosticsRunner(ISourceGenerator generator, AnalyzerConfigOptionsProvider options, CSharpParseOptions parseOptions, IEnumerable<(string Path, SourceText Text)> pages)
    {
        foreach (var (path, text) in pages)
        {
            _texts[path] = new PageAdditionalText(path, text);
        }
        _driver = CSharpGeneratorDriver.Create([generator], _texts.Values, parseOptions, options);
    }

    /// <summary>Gives the driver the current text of one page (added if the page is new).</summary>
    public void SetText(string path, SourceText text)
    {
        lock (_gate)
        {
            var next = new PageAdditionalText(path, text);
            _driver = _texts.TryGetValue(path, out var previous)
                ? _driver.ReplaceAdditionalText(previous, next)
                : _driver.AddAdditionalTexts([next]);
            _texts[path] = next;
        }
    }

    /// <summary>Runs the generator on <paramref name="compilation"/> and returns its diagnostics located in <paramref name="pagePath"/>.</summary>
    public ImmutableArray<Diagnostic> Run(Compilation compilation, string pagePath, CancellationToken cancellationToken)
    {
        GeneratorDriver driver;
        // One run at a time, and no text change between reading and storing the driver (it would be lost).
        lock (_gate)
        {
            driver = _driver = _driver.RunGenerators(compilation, cancellationToken);
        }
        return driver.GetRunResult().Diagnostics
            .Where(d => string.Equals(d.Location.GetLineSpan().Path, pagePath, StringComparison.Ordinal))
            .ToImmutableArray();
    }
}
