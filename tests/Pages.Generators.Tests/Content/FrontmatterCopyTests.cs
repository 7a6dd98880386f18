using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>
/// In a real build the generator reads each entry's frontmatter from its copy in <c>obj/</c>
/// (<c>PagesFrontmatterDirectory</c>, written by the build targets, docs/content.md): the entry and every diagnostic
/// are the <c>.md</c> file's — its id, its resource name, its path, line and column.
/// </summary>
public sealed class FrontmatterCopyTests
{
    private const string Copies = "obj/Release/net10.0/pages-frontmatter/";

    private static GeneratorRun RunOnCopy(string text)
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesFrontmatterDirectory"] = GeneratorHarness.ProjectDir + Copies;
        return GeneratorHarness.Run([(Copies + "blog/hello.md", text)], properties, ContentHarness.Schema);
    }

    [Fact]
    public void Copy_binds_as_the_content_file_it_was_copied_from()
    {
        var run = RunOnCopy("---\ntitle: Hello\npubDate: 2024-03-15\ncategory: news\ntags: [a]\nauthor:\n  name: Ada\n---\n");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        string content = run.Source("PagesContent");
        Assert.Contains("5:hello", content, StringComparison.Ordinal);
        Assert.Contains("Pages.Content/blog/hello.md", content, StringComparison.Ordinal);
        Assert.DoesNotContain("pages-frontmatter", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_in_a_copy_is_reported_at_the_content_file()
    {
        var run = RunOnCopy("---\ntitle: Hello\npubDate: yesterday\ncategory: news\ntags: [a]\nauthor:\n  name: Ada\n---\n");

        Assert.Equal($"PAGE042 {ContentHarness.FilePath("Content/blog/hello.md")}(3,10)", Assert.Single(ContentHarness.Describe(run)));
    }
}
