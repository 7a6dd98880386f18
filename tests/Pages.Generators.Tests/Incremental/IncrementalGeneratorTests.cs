using Xunit;
using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Incremental;

/// <summary>Editing one page re-runs only that page's stages; every stage's output is plain data.</summary>
public class IncrementalGeneratorTests
{
    private readonly AdditionalText[] _pages =
    {
        GeneratorHarness.Page("Pages/index.page", "<h1>Home</h1>"),
        GeneratorHarness.Page("Pages/about.page", "<h1>About</h1>"),
        GeneratorHarness.Page("Pages/contact.page", "<h1>Contact</h1>"),
        GeneratorHarness.Page("Content/notes/a.md", "---\ntitle: A\n---\nBody"),
    };

    /// <summary>A content schema, so that the content steps run too.</summary>
    private const string NoteSchema = "[global::Pages.Collection(\"notes\")] public sealed record Note(string Title);";

    /// <summary>The pages' compilation with the content schema and one [Endpoint] class under Pages/, so the
    /// content and endpoint stages run too.</summary>
    private static Microsoft.CodeAnalysis.Compilation CompilationWithEndpoint() => GeneratorHarness.CreateCompilation(NoteSchema).AddSyntaxTrees(
        Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace App.Pages.Api; [global::Pages.Endpoint] public static class Ping { public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); }",
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview),
            GeneratorHarness.ProjectDir + "Pages/api/ping.cs"));

    [Fact]
    public void Editing_one_page_reruns_only_that_page()
    {
        var compilation = CompilationWithEndpoint();
        var driver = GeneratorHarness.CreateDriver(_pages).RunGenerators(compilation);

        var oldText = driver.GetRunResult().Results[0].GeneratedSources; // run once to warm the caches
        Assert.NotEmpty(oldText);

        var edited = GeneratorHarness.Page("Pages/about.page", "<h1>About us</h1>");
        driver = driver.ReplaceAdditionalText(_pages[1], edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results[0];

        foreach (var step in new[] { TrackingNames.PageFiles, TrackingNames.Parse, TrackingNames.Model, TrackingNames.EmitInput })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            var changed = outputs.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
            Assert.Single(changed);
            Assert.All(outputs.Except(changed), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        // The route of the edited page did not change, so the route table and manifest are not rebuilt.
        var table = result.TrackedSteps[TrackingNames.RouteTable].SelectMany(s => s.Outputs).Single();
        Assert.True(table.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, table.Reason.ToString());
        var emitted = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Equal(1, emitted);
    }

    [Fact]
    public void Editing_one_page_s_links_rechecks_only_that_page_and_keeps_the_Routes_class()
    {
        var compilation = CompilationWithEndpoint();
        var driver = GeneratorHarness.CreateDriver(_pages).RunGenerators(compilation);

        var edited = GeneratorHarness.Page("Pages/about.page", "<h1>About</h1><a href=\"/contact\">Contact</a><a href=\"/nowhere\">?</a>");
        driver = driver.ReplaceAdditionalText(_pages[1], edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results[0];

        // The link list and the check of the edited page re-ran; every other page's stayed cached.
        foreach (var step in new[] { TrackingNames.PageLinks, TrackingNames.BrokenLinks })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            var changed = Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
            Assert.All(outputs.Where(o => o != changed), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        // The routes did not change: the Routes class's inputs and the link targets are cached.
        foreach (var step in new[] { TrackingNames.RouteTargets, TrackingNames.LinkTargets })
        {
            var output = result.TrackedSteps[step].SelectMany(s => s.Outputs).Single();
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}");
        }

        var broken = Assert.Single(result.Diagnostics);
        Assert.Equal("PAGE050", broken.Id);
        Assert.Contains("'/nowhere'", broken.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_with_no_edit_caches_every_step()
    {
        var compilation = CompilationWithEndpoint();
        var driver = GeneratorHarness.CreateDriver(_pages).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results[0];
        foreach (var (name, steps) in OurSteps(result))
        {
            Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }
    }

    [Fact]
    public void No_stage_output_holds_a_symbol_a_syntax_node_or_a_compilation()
    {
        var driver = GeneratorHarness.CreateDriver(_pages).RunGenerators(CompilationWithEndpoint());
        var result = driver.GetRunResult().Results[0];
        foreach (var (name, steps) in OurSteps(result))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertPlainData(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>The generator's own steps (every one has a tracking name), not Roslyn's input steps.</summary>
    private static IEnumerable<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>>> OurSteps(GeneratorRunResult result)
    {
        var names = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Equal(names.Count, result.TrackedSteps.Keys.Count(names.Contains));
        return result.TrackedSteps.Where(s => names.Contains(s.Key));
    }

    private static void AssertPlainData(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel, $"{step} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertPlainData(item, step, seen);
            }
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            AssertPlainData(field.GetValue(value), step, seen);
        }
    }
}
