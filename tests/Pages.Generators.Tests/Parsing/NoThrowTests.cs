using Xunit;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

/// <summary>The parser never throws and never fails internally, whatever text it is given.</summary>
public class NoThrowTests
{
    private static readonly string[] s_fragments =
    {
        "---\n", "---", "var x = await F();\n", "public const bool Prerender = ", "record Props(string T);\n",
        "<div", ">", "</div>", "<p class=\"a\">", "</p>", "<br>", "</br>", "<Card", " />", "</Card>", "<slot name=\"x\">",
        "</slot>", "<Fragment set:html={h}>", "</Fragment>", "<script>", "</script>", "<style>{}</style>",
        "{", "}", "{x}", "{x:C}", "{$\"{a}\"}", "{\"\"\"", "\"", "'", "{/* c */}", "{...a}", " class:list={[a]}",
        "@if (a) {", "} else {", "} else if (b) {", "@foreach (var x in xs) {", "@switch (v) {", "case 1:", "default:",
        "@forech (", "@", "else {", "<!--", "-->", "<!doctype html>", "\n", "\r\n", "\t", " ", "\uFEFF", "text", "é😀",
        "=", "/", "<", "(", ")", "@\"", "$@\"{", "//", "/*",
    };

    [Fact]
    public void Random_pages_built_from_fragments_never_throw()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 4000; i++)
        {
            var count = random.Next(1, 25);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => s_fragments[random.Next(s_fragments.Length)]));
            AssertParses(text);
        }
    }

    [Fact]
    public void Every_prefix_of_a_full_page_parses()
    {
        const string page = """
            ---
            using System;
            record Props(string Title);
            var items = await Load();
            ---
            <!DOCTYPE html>
            <Layout Title={props.Title}>
              <ul class:list={new object?[] { "a" }}>
                @foreach (var item in items) {
                  @if (item.On) {
                    <li {...item.Attrs}>{item.Name:N2}</li>
                  } else {
                    <li>{$"{item.Name}"}</li>
                  }
                }
              </ul>
              @switch (x) {
                case 1:
                  <p>one</p>
                default:
                  <p>other</p>
              }
              <script>if (a) { b(); }</script>
              <slot name="footer">none</slot>
            </Layout>
            """;
        for (var length = 0; length <= page.Length; length++)
        {
            AssertParses(page.Substring(0, length));
            AssertParses(page.Substring(length));
        }
        Assert.Empty(PageParser.Parse("x.page", page).Diagnostics);
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(7);
        const string alphabet = "<>/{}()@\"'=:-!\n\r\t abcdeifDCs$.;";
        for (var i = 0; i < 3000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            AssertParses(new string(chars));
        }
    }

    [Fact]
    public void Deep_nesting_is_reported_not_a_crash()
    {
        var page = PageParser.Parse("x.page", string.Concat(Enumerable.Repeat("<div>", 5000)));

        Assert.Equal("PAGE029", Assert.Single(page.Diagnostics).Id);
    }

    private static void AssertParses(string text)
    {
        var page = PageParser.Parse("x.page", text);
        Assert.True(page.Diagnostics.Count <= 2, text);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "PAGE099");
        foreach (var diagnostic in page.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1, text);
        }
    }
}
