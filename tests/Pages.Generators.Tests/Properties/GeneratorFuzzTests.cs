using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace Pages.Generators.Tests.Properties;

/// <summary>
/// Property tests of the whole generator (real driver, every stage): random and edited pages never break it.
/// CI runs <see cref="FuzzBudget.Iterations"/> cases per property; <c>PAGES_FUZZ_ITER=100000</c> runs a long
/// campaign (docs/reliability.md). A failure prints a CsCheck seed; the shrunk text becomes a regression test in
/// <see cref="FuzzRegressionTests"/>.
/// </summary>
public class GeneratorFuzzTests(ITestOutputHelper output)
{
    /// <summary>More diagnostics than this for one edit of a valid page is a cascade the user cannot read.</summary>
    private const int MaxDiagnosticsPerEdit = 3;

    [Fact]
    public void Every_corpus_page_is_valid_as_it_is()
    {
        Assert.True(PageCorpus.Pages.Count >= 50, $"only {PageCorpus.Pages.Count} corpus pages found");
        foreach (var page in PageCorpus.Pages)
        {
            var result = GeneratorOracle.Check(page.Text, page.IsRouted, compile: false);
            Assert.True(result.GeneratorDiagnostics.IsEmpty, $"{page}: {string.Join("; ", result.GeneratorDiagnostics)}");
        }
    }

    [Fact]
    public void Edited_corpus_pages_never_break_the_generator()
    {
        PageGenerators.MutatedPage.Sample(page =>
        {
            var result = GeneratorOracle.Check(page.Text, page.Seed.IsRouted, compile: false);
            var count = result.GeneratorDiagnostics.Length;
            if (page.Mutations.All(m => m.PreservesMeaning))
            {
                Assert.True(count == 0, $"a line-ending or BOM change made a valid page report {string.Join("; ", result.GeneratorDiagnostics)}");
            }
            var budget = page.Mutations.Sum(m => m.DiagnosticBudget(MaxDiagnosticsPerEdit));
            Assert.True(count <= budget, $"{count} diagnostics for {page.Mutations.Length} edits (at most {budget}): {string.Join("; ", result.GeneratorDiagnostics)}");
        }, iter: FuzzBudget.Iterations, writeLine: output.WriteLine, print: Describe);
    }

    [Fact]
    public void Edited_pages_without_diagnostics_compile_or_show_their_errors_in_the_page()
    {
        // Compiling is ~20x slower than generating: a tenth of the budget.
        PageGenerators.MutatedPage.Sample(page => GeneratorOracle.Check(page.Text, page.Seed.IsRouted, compile: true),
            iter: Math.Max(50, FuzzBudget.Iterations / 10), writeLine: output.WriteLine, print: Describe);
    }

    [Fact]
    public void Pages_assembled_from_fragments_never_break_the_generator()
    {
        Gen.Select(PageGenerators.FragmentPage, Gen.Bool).Sample(
            t => GeneratorOracle.Check(t.Item1, t.Item2, compile: false),
            iter: FuzzBudget.Iterations, writeLine: output.WriteLine, print: t => Literal(t.Item1));
    }

    [Fact]
    public void Arbitrary_utf16_text_never_breaks_the_generator()
    {
        PageGenerators.AnyText.Sample(text => GeneratorOracle.Check(text, routed: true, compile: false),
            iter: FuzzBudget.Iterations / 2, writeLine: output.WriteLine, print: Literal);
    }

    private static string Describe(MutatedPage page) => page + "\n" + Literal(page.Text);

    /// <summary>The text as a C# literal, ready to paste into a regression test.</summary>
    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text.Length > 4000 ? text[..4000] : text, quote: true);
}
