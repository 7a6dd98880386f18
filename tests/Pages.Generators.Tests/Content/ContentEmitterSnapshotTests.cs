using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>The generated content binding, as approved text: the content table and the readers of every supported type.</summary>
public sealed class ContentEmitterSnapshotTests
{
    [Fact]
    public void Collection_with_every_field_kind()
    {
        var run = ContentHarness.Run(
            ("Content/blog/2024/Hello World.md", """
                ---
                title: "Quotes \" and \\ backslashes"
                pubDate: Jul 08 2022
                updatedDate: 2024-04-01T09:30:00+02:00
                category: Guide
                tags:
                  - one
                  - two
                author: { name: Ada, url: https://example.com }
                draft: true
                scores: [1, -2]
                ---
                Body
                """),
            ("Content/blog/a.md", "---\ntitle: A\npubDate: 2024-01-02\ncategory: news\ntags: []\nauthor:\n  name: B\n---\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        Approvals.Verify(run.Sources["PagesContent.g.cs"], "blog");
    }
}
