using Xunit;
using Microsoft.CodeAnalysis;
using System.Collections.Immutable;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// SPEC §0: an app maps the pages of every referenced assembly built with Pages. Each manifest marks its
/// assembly with <c>[assembly: Pages.PagesAssembly(typeof(...))]</c>; the app's generator finds the marked
/// references and registers their manifests from its own module initializer.
/// </summary>
public class ReferencedAssemblyTests
{
    private static MetadataReference BuildLibrary(string name, params (string Path, string Text)[] pages) => GeneratorHarness.BuildLibrary(name, pages);

    private static GeneratorRun RunApp(IEnumerable<MetadataReference> references, params (string Path, string Text)[] pages)
    {
        var compilation = GeneratorHarness.CreateCompilation().AddReferences(references);
        var driver = GeneratorHarness.CreateDriver(pages).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var generated = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString());
        return new GeneratorRun(diagnostics, output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray(), generated, output);
    }

    [Fact]
    public void Every_manifest_marks_its_assembly_with_its_manifest_type()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "<h1>home</h1>"));
        Assert.Contains("[assembly: global::Pages.PagesAssembly(typeof(global::Pages.Generated.App.PagesManifest))]", run.Source("PagesManifest.g.cs"));
    }

    [Fact]
    public void App_module_initializer_registers_the_manifests_of_referenced_page_libraries()
    {
        var docs = BuildLibrary("Docs.Library", ("Pages/guide.page", "<h1>guide</h1>"));
        var ui = BuildLibrary("Ui", ("Components/Button.page", "<button><slot /></button>"));
        var run = RunApp(new[] { ui, docs }, ("Pages/index.page", "<h1>home</h1>"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesManifest.g.cs"), "referenced_manifests");
    }

    [Fact]
    public void Components_of_a_referenced_library_are_used_through_a_using()
    {
        var ui = BuildLibrary("Ui", ("Components/Button.page", "---\nrecord Props(string Label);\n---\n<button>{props.Label}</button>"));
        var withUsing = RunApp(new[] { ui }, ("Pages/index.page", "---\nusing Ui.Components;\n---\n<Button Label=\"Go\" />"));
        Assert.Empty(withUsing.GeneratorDiagnostics);
        Assert.True(withUsing.CompilerDiagnostics.IsEmpty, string.Join("\n", withUsing.CompilerDiagnostics));

        var withoutUsing = RunApp(new[] { ui }, ("Pages/index.page", "<Button Label=\"Go\" />"));
        var error = Assert.Single(withoutUsing.CompilerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0246", error.Id);
        Assert.Equal(GeneratorHarness.ProjectDir + "Pages/index.page", error.Location.GetMappedLineSpan().Path);
    }

    [Fact]
    public void An_app_without_page_libraries_registers_only_itself()
    {
        var run = GeneratorHarness.Run(("Pages/index.page", "<h1>home</h1>"));
        var source = run.Source("PagesManifest.g.cs");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, "PagesRegistry\\.Add\\("));
    }
}
