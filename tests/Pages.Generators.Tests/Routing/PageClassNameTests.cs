using Pages.Generators.Routing;
using Xunit;

namespace Pages.Generators.Tests.Routing;

public class PageClassNameTests
{
    [Theory]
    [InlineData("index.page", "Page_index")]
    [InlineData("about.page", "Page_about")]
    [InlineData("blog/index.page", "Page_blog_index")]
    [InlineData("404.page", "Page_404")]
    [InlineData("Blog/Post2.page", "Page_Blog_Post2")]
    [InlineData(@"blog\index.page", "Page_blog_index")]
    public void Plain_path_gives_a_plain_name(string routePath, string expected)
        => Assert.Equal(expected, PageClassName.ForPage(routePath));

    [Theory]
    [InlineData("blog/[slug].page", "Page_blog__slug___")]
    [InlineData("docs/[...path].page", "Page_docs_____path___")]
    [InlineData("about-us.page", "Page_about_us__")]
    [InlineData("a_b.page", "Page_a_b__")]
    [InlineData("über.page", "Page__ber__")]
    public void Punctuated_path_gets_underscores_and_a_hash(string routePath, string expectedPrefix)
    {
        var name = PageClassName.ForPage(routePath);

        Assert.StartsWith(expectedPrefix, name);
        Assert.Matches("^" + expectedPrefix + "[0-9a-f]{8}$", name);
    }

    [Fact]
    public void Hash_is_stable_across_runs()
        => Assert.Equal("Page_blog__slug___9d6700c3", PageClassName.ForPage("blog/[slug].page"));

    [Fact]
    public void Paths_that_differ_only_in_punctuation_get_different_names()
    {
        string[] paths = ["blog/index.page", "blog_index.page", "blog-index.page", "blog/index/x.page", "blog_index_x.page",
            "a/b.page", "a_b.page", "a-b.page", "a.b.page", "[a]/b.page", "[a]-b.page"];

        var names = paths.Select(PageClassName.ForPage).ToArray();

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_page_name_is_a_valid_identifier()
    {
        foreach (var path in new[] { "index.page", "blog/[slug].page", "über.page", "a{b}.page", "100%.page", "c#.page" })
        {
            Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(PageClassName.ForPage(path)), path);
        }
    }

    [Theory]
    [InlineData("Card.page", "Card")]
    [InlineData("Card", "Card")]
    [InlineData("Components/Ui/Card.page", "Card")]
    [InlineData(@"Components\Card.page", "Card")]
    [InlineData("_Layout.page", "_Layout")]
    [InlineData("Größe.page", "Größe")]
    public void Component_name_is_its_file_name(string fileName, string expected)
    {
        Assert.True(PageClassName.TryForComponent(fileName, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("my-card.page")]
    [InlineData("2col.page")]
    [InlineData("class.page")]
    [InlineData("record.page")]
    [InlineData("var.page")]
    [InlineData("Card.v2.page")]
    [InlineData(".page")]
    public void Component_file_name_that_is_not_a_class_name_is_rejected(string fileName)
    {
        Assert.False(PageClassName.TryForComponent(fileName, out var name));
        Assert.Equal("", name);
    }
}
