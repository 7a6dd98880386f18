using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>A content entry that does not match its schema fails the build with a diagnostic at the .md file's key or value.</summary>
public sealed class ContentDiagnosticTests
{
    private const string Valid = """
        ---
        title: Hello
        pubDate: 2024-03-15
        category: news
        tags: [a, b]
        author:
          name: Ada
        ---
        Body
        """;

    [Fact]
    public void Valid_entry_gives_no_diagnostics_and_compiles()
    {
        var run = ContentHarness.Run(("Content/blog/hello.md", Valid));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        Assert.Contains("PagesContent.g.cs", run.Sources.Keys);
    }
}
