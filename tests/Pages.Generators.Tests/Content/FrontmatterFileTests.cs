using System.Text;
using Microsoft.CodeAnalysis;
using Pages.Build;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>
/// In a real build the generator reads every entry's frontmatter from the one file the build task writes in <c>obj/</c>
/// (<c>PagesFrontmatterFile</c>, format <see cref="FrontmatterBundle"/>; docs/content.md): each record is the entry of
/// its <c>.md</c> file — its id, its resource name, and every diagnostic's path, line and column — and an edit to one
/// record binds only that entry again.
/// </summary>
public sealed class FrontmatterFileTests
{
    private const string File = "obj/Release/net10.0/pages-frontmatter/frontmatter.txt";

    private const string Hello = "---\ntitle: Hello\npubDate: 2024-03-15\ncategory: news\ntags: [a]\nauthor:\n  name: Ada\n---\n";

    private static string Bundle(params (string Path, string Text)[] records)
    {
        var bundle = new StringBuilder();
        foreach (var (path, text) in records)
        {
            FrontmatterBundle.Append(bundle, path, text);
        }
        return bundle.ToString();
    }

    private static Dictionary<string, string> Properties()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesFrontmatterFile"] = GeneratorHarness.ProjectDir + File;
        return properties;
    }

    private static GeneratorRun Run(string bundle) => GeneratorHarness.Run([(File, bundle)], Properties(), ContentHarness.Schema);

    [Fact]
    public void Each_record_binds_as_the_content_file_at_its_path()
    {
        var run = Run(Bundle(("blog/hello.md", Hello), ("blog/2024/second.md", Hello.Replace("Hello", "Second", StringComparison.Ordinal))));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        string content = run.Source("PagesContent");
        Assert.Contains("5:hello", content, StringComparison.Ordinal);
        Assert.Contains("11:2024/second", content, StringComparison.Ordinal);
        Assert.Contains("Pages.Content/blog/hello.md", content, StringComparison.Ordinal);
        Assert.Contains("Pages.Content/blog/2024/second.md", content, StringComparison.Ordinal);
        Assert.DoesNotContain("pages-frontmatter", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_in_a_record_is_reported_at_its_content_file()
    {
        var run = Run(Bundle(("blog/a.md", Hello), ("blog/hello.md", Hello.Replace("2024-03-15", "yesterday", StringComparison.Ordinal))));

        Assert.Equal($"PAGE042 {ContentHarness.FilePath("Content/blog/hello.md")}(3,10)", Assert.Single(ContentHarness.Describe(run)));
    }

    [Fact]
    public void A_file_that_is_not_the_frontmatter_file_is_not_read_as_one()
    {
        var run = GeneratorHarness.Run([("obj/other.txt", Bundle(("blog/hello.md", Hello)))], Properties(), ContentHarness.Schema);

        Assert.DoesNotContain("hello", run.Source("PagesContent"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_record_rebinds_only_that_entry()
    {
        var compilation = GeneratorHarness.CreateCompilation("[global::Pages.Collection(\"notes\")] public sealed record Note(string Title);");
        var before = GeneratorHarness.Page(File, Bundle(("notes/a.md", "---\ntitle: A\n---\n"), ("notes/b.md", "---\ntitle: B\n---\n"), ("notes/c.md", "---\ntitle: C\n---\n")));
        var driver = GeneratorHarness.CreateDriver([before], Properties()).RunGenerators(compilation);

        var after = GeneratorHarness.Page(File, Bundle(("notes/a.md", "---\ntitle: A\n---\n"), ("notes/b.md", "---\ntitle: B2\n---\n"), ("notes/c.md", "---\ntitle: C\n---\n")));
        driver = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results[0];

        foreach (var step in new[] { TrackingNames.ContentFiles, TrackingNames.ContentEntries })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(3, outputs.Count);
            Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        }
        Assert.Contains("2:B2", result.GeneratedSources.Single(s => s.HintName == "PagesContent.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }
}
