using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pages.IntegrationTests.EncodingCorpus;

/// <summary>
/// Every value of <see cref="HostileValues"/> rendered for real (Kestrel, the generated page) in every output
/// context, parsed back by an HTML5 parser (AngleSharp, as a browser parses): the document has exactly the
/// elements and attributes the template wrote, and each context reads back the value itself.
/// </summary>
public class EncodingCorpusTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    /// <summary>The elements of <c>Pages/hostile/[n].page</c>, in document order: nothing more may appear.</summary>
    private static readonly string[] s_elements =
        ["html", "head", "title", "style", "body", "p", "p", "a", "img", "form", "a", "p", "span", "script", "script"];

    private static readonly Dictionary<string, string[]> s_attributes = new()
    {
        ["text"] = ["id"],
        ["attribute"] = ["id", "title", "data-value"],
        ["link"] = ["id", "href"],
        ["image"] = ["id", "src", "alt"],
        ["form"] = ["id", "action"],
        ["spread"] = ["id", "title", "href"],
        ["classes"] = ["id", "class"],
        ["echo"] = ["id", "title"],
        ["raw"] = ["id"],
        ["set-text"] = ["id", "type"],
    };

    public static TheoryData<int> Cases()
    {
        var cases = new TheoryData<int>();
        for (var i = 0; i < HostileValues.All.Count; i++)
        {
            cases.Add(i);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_value_stays_in_every_context(int n)
    {
        var value = HostileValues.All[n];
        var response = await server.Client.GetAsync($"/hostile/{n}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(s_elements, document.All.Select(e => e.LocalName));
        foreach (var element in document.All.Where(e => !string.IsNullOrEmpty(e.Id)))
        {
            Assert.Equal(s_attributes[element.Id!].Order(), element.Attributes.Select(a => a.Name).Order());
        }

        var read = AsParsed(value.Text);
        Assert.Equal(read, document.QuerySelector("title")!.TextContent);
        Assert.Equal(read, Element(document, "text").TextContent);
        Assert.Equal(read, Element(document, "attribute").GetAttribute("title"));
        Assert.Equal(read, Element(document, "attribute").GetAttribute("data-value"));
        Assert.Equal(read, Element(document, "echo").TextContent);
        Assert.Equal(read, Element(document, "echo").GetAttribute("title"));
        Assert.Equal(read, Element(document, "spread").GetAttribute("title"));
        Assert.Contains("fixed", Element(document, "classes").ClassList);

        // URL attributes: a value that would run script is written with the inert scheme "unsafe:" in front.
        var url = value.RunsScriptAsUrl ? "unsafe:" + read : read;
        Assert.Equal(url, Element(document, "link").GetAttribute("href"));
        Assert.Equal(url, Element(document, "image").GetAttribute("src"));
        Assert.Equal(url, Element(document, "form").GetAttribute("action"));
        Assert.Equal(url, Element(document, "spread").GetAttribute("href"));

        // Script and style content is raw text: a hole there is not a hole, the value never gets in.
        Assert.Equal("var s = \"{value}\";", Element(document, "raw").TextContent);
        Assert.Equal("p::after { content: \"{value}\"; }", document.QuerySelector("style")!.TextContent);
        // set:text into a script is HTML-encoded: no '<' can reach the script's content to close it.
        Assert.DoesNotContain('<', Element(document, "set-text").TextContent);
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_hostile_value()
    {
        var texts = HostileValues.All.Select(v => v.Text).ToList();
        Assert.Contains(texts, t => t.Contains("</script>", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("<!--", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('\''));
        Assert.Contains(texts, t => t.Contains('\0'));
        Assert.Contains(texts, t => t.Length == 1 && char.IsHighSurrogate(t[0]));
        Assert.Contains(texts, t => t.Length > 0 && char.IsLowSurrogate(t[0]));
        Assert.Contains(HostileValues.All, v => v.RunsScriptAsUrl && v.Text.StartsWith("data:", StringComparison.Ordinal));
    }

    private static IElement Element(IDocument document, string id) => document.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"no #{id}");

    /// <summary>
    /// The value as an HTML parser reads it back from its encoded form: NUL and halves of a surrogate pair
    /// cannot be sent in UTF-8 and come back as U+FFFD; a C1 control is encoded as a character reference, which
    /// HTML reads as the windows-1252 character of that byte (U+0085 as U+2026). Line ends are encoded, so they hold.
    /// </summary>
    private static string AsParsed(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var paired = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (paired)
            {
                i++;
            }
            else if (chars[i] == '\0' || char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
            else if (chars[i] == '\u0085')
            {
                chars[i] = '\u2026';
            }
        }
        return new string(chars);
    }
}
