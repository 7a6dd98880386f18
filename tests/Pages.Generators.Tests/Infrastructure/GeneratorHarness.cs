using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pages.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the real generator over in-memory .page files in a project rooted at <see cref="ProjectDir"/>, and
/// compiles the result against the running framework (ASP.NET Core included) and the Pages runtime.
/// </summary>
public static class GeneratorHarness
{
    public const string ProjectDir = "/src/App/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = paths.Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(global::Pages.PageBase).Assembly.Location));
        return references.DistinctBy(r => Path.GetFileName(r.Display)).ToImmutableArray();
    });

    public static Dictionary<string, string> DefaultProperties(string output = "static") => new()
    {
        ["build_property.RootNamespace"] = "App",
        ["build_property.ProjectDir"] = ProjectDir,
        ["build_property.PagesRoot"] = "Pages",
        ["build_property.PagesOutput"] = output,
    };

    /// <summary>The global usings an SDK web project gets from ImplicitUsings, as a real app compiles with them.</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.DependencyInjection;
        """;

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "App",
        sources.Append(ImplicitUsings).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview))),
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static AdditionalText Page(string projectPath, string text) => new InMemoryAdditionalText(ProjectDir + projectPath, text);

    public static GeneratorDriver CreateDriver(IEnumerable<(string Path, string Text)> pages, IReadOnlyDictionary<string, string>? properties = null)
        => CreateDriver(pages.Select(p => Page(p.Path, p.Text)), properties);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null)
    {
        return CSharpGeneratorDriver.Create(
            new[] { new PagesGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Preview),
            new TestOptionsProvider(properties ?? DefaultProperties()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Builds a library named <paramref name="name"/> with the generator over its pages, as a metadata reference.</summary>
    public static MetadataReference BuildLibrary(string name, params (string Path, string Text)[] pages)
    {
        var properties = DefaultProperties();
        properties["build_property.RootNamespace"] = name;
        var compilation = CreateCompilation().WithAssemblyName(name);
        CreateDriver(pages, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Xunit.Assert.Empty(diagnostics);
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Xunit.Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Runs the generator and compiles; returns the generator's diagnostics, the compiler's, and the generated files.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] pages) => Run(pages, null);

    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> pages, IReadOnlyDictionary<string, string>? properties, params string[] extraSources)
    {
        var compilation = CreateCompilation(extraSources);
        var driver = CreateDriver(pages, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        var generated = result.GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString());
        var compilerDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return new GeneratorRun(generatorDiagnostics, compilerDiagnostics, generated, output);
    }
}

/// <summary>What one generator run produced.</summary>
public sealed record GeneratorRun(
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilerDiagnostics,
    IReadOnlyDictionary<string, string> Sources,
    Compilation Compilation)
{
    /// <summary>The one generated file whose hint name starts with <paramref name="prefix"/> (class names of
    /// pages with brackets in their path end with a hash).</summary>
    public string Source(string prefix)
    {
        var matches = Sources.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0].Value
            : throw new KeyNotFoundException($"{matches.Count} generated files start with '{prefix}'; generated: {string.Join(", ", Sources.Keys)}");
    }
}
