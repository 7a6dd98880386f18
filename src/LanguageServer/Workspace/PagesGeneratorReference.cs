using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pages.Generators;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// The Pages generator as an analyzer reference that lives in this process. It replaces the project's own
/// reference to the generator DLL (a build output or the package's <c>analyzers/</c> folder), so the generated C#
/// always comes from the generator whose <c>#line</c> format the server's mapping reads, and works before the
/// generator or the app was ever built.
/// </summary>
internal sealed class PagesGeneratorReference : AnalyzerReference
{
    /// <summary>The one instance: Roslyn keeps a generator driver per (project, generator), reused across edits.</summary>
    public static PagesGeneratorReference Instance { get; } = new();

    private readonly ImmutableArray<ISourceGenerator> _generators = ImmutableArray.Create(new PagesGenerator().AsSourceGenerator());

    private PagesGeneratorReference()
    {
    }

    public override string FullPath => typeof(PagesGenerator).Assembly.Location;

    public override string Display => "Pages.Generators (language server)";

    public override object Id => typeof(PagesGeneratorReference);

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? _generators : ImmutableArray<ISourceGenerator>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

    /// <summary>The generator instance itself, for the driver that collects PAGE diagnostics.</summary>
    public ISourceGenerator Generator => _generators[0];

    /// <summary>Whether <paramref name="reference"/> is a Pages generator loaded from disk (the one this replaces).</summary>
    public static bool IsPagesGenerator(AnalyzerReference reference) =>
        reference is not PagesGeneratorReference
        && Path.GetFileNameWithoutExtension(reference.FullPath ?? reference.Display ?? "") == "Pages.Generators";
}
