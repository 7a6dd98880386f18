using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>Editing one Markdown file re-binds only that file; the schemas and other entries stay cached.</summary>
public sealed class ContentIncrementalTests
{
    [Fact]
    public void Editing_one_entry_rebinds_only_that_entry()
    {
        AdditionalText[] files =
        {
            GeneratorHarness.Page("Content/notes/a.md", "---\ntitle: A\n---\n"),
            GeneratorHarness.Page("Content/notes/b.md", "---\ntitle: B\n---\n"),
            GeneratorHarness.Page("Content/notes/c.md", "---\ntitle: C\n---\n"),
        };
        var compilation = GeneratorHarness.CreateCompilation("[global::Pages.Collection(\"notes\")] public sealed record Note(string Title);");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(files[1], GeneratorHarness.Page("Content/notes/b.md", "---\ntitle: B2\n---\n")).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results[0];

        foreach (var step in new[] { TrackingNames.ContentFiles, TrackingNames.ContentEntries })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(3, outputs.Count);
            Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        }
        var schemas = result.TrackedSteps[TrackingNames.CollectionSchemaSet].SelectMany(s => s.Outputs).Single();
        Assert.True(schemas.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, schemas.Reason.ToString());
        Assert.Contains("2:B2", result.GeneratedSources.Single(s => s.HintName == "PagesContent.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }
}
