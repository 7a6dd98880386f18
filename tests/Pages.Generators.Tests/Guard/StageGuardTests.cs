using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Guard;

/// <summary>
/// A generator must never throw: a failure in any stage (injected through <see cref="StageGuard.FailingStage"/>) is
/// PAGE099 at a file of the project, naming the stage, and the other stages still produce their output.
/// </summary>
public class StageGuardTests
{
    private static readonly (string Path, string Text)[] s_pages =
    [
        ("Pages/index.page", "---\nvar title = \"Home\";\n---\n<h1>{title}</h1>\n<a href=\"/about\">About</a>\n"),
        ("Pages/about.page", "<p>About</p>\n"),
        ("Components/Card.page", "<div><slot /></div>\n"),
        ("Content/notes/first.md", "---\ntitle: First\n---\nBody.\n"),
    ];

    private const string Endpoint = "namespace App.Api; [Endpoint] public static class Ping { public static IResult Get(EndpointContext context) => Results.Ok(); }";

    private const string Schema = "namespace App; [global::Pages.Collection(\"notes\")] public sealed record Note(string Title);";

    public static TheoryData<string> Stages =>
    [
        TrackingNames.Parse,
        TrackingNames.Model,
        OutputStages.PageSource,
        TrackingNames.RouteTable,
        OutputStages.ManifestSource,
        OutputStages.RoutesSource,
        TrackingNames.PageLinks,
        TrackingNames.BrokenLinks,
        TrackingNames.EndpointClasses,
        TrackingNames.EndpointModels,
        TrackingNames.ProjectSetup,
        TrackingNames.CollectionSchemas,
        TrackingNames.ContentEntries,
        OutputStages.ContentSource,
    ];

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_that_throws_gives_a_located_PAGE099_not_an_exception(string stage)
    {
        var (diagnostics, generated) = RunWithFailure(stage);

        // A per-file stage fails once per file it runs on; a project stage once.
        var failures = diagnostics.Where(d => d.Id == "PAGE099").ToList();
        Assert.NotEmpty(failures);
        Assert.All(failures, failure =>
        {
            Assert.Contains($"in stage {stage}", failure.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
            Assert.StartsWith(GeneratorHarness.ProjectDir, failure.Location.GetLineSpan().Path, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        // The project's other outputs are still there: the global using is added before any stage runs.
        Assert.Contains(generated, name => name.Contains("GlobalUsing", StringComparison.Ordinal) || name.Contains("Usings", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_injected_failure_the_same_project_has_no_PAGE099()
    {
        var (diagnostics, _) = RunWithFailure(null);

        Assert.DoesNotContain(diagnostics, d => d.Id == "PAGE099");
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<string> Generated) RunWithFailure(string? stage)
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesBrokenLinks"] = "warning";
        properties["build_property.MSBuildProjectFullPath"] = GeneratorHarness.ProjectDir + "App.csproj";
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Endpoint, new CSharpParseOptions(LanguageVersion.Preview), GeneratorHarness.ProjectDir + "Pages/ping.cs"),
            CSharpSyntaxTree.ParseText(Schema, new CSharpParseOptions(LanguageVersion.Preview), GeneratorHarness.ProjectDir + "Content/Note.cs"));

        StageGuard.FailingStage.Value = stage;
        try
        {
            var driver = GeneratorHarness.CreateDriver(s_pages, properties).RunGenerators(compilation);
            var result = driver.GetRunResult();
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            return (result.Diagnostics, result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList());
        }
        finally
        {
            StageGuard.FailingStage.Value = null;
        }
    }
}
