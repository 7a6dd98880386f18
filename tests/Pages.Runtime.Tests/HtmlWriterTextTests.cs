using System.Text;
using Microsoft.AspNetCore.Html;
using Pages.Tests.Infrastructure;

namespace Pages.Tests;

public class HtmlWriterTextTests
{
    [Fact]
    public void Script_tag_is_encoded()
        => Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", HtmlWriterHarness.Render(w => w.Write("<script>alert(1)</script>")));

    [Fact]
    public void Quotes_and_ampersand_are_encoded()
        => Assert.Equal("&quot;a&quot; &amp; &#x27;b&#x27;", HtmlWriterHarness.Render(w => w.Write("\"a\" & 'b'")));

    [Fact]
    public void Japanese_and_em_dash_are_kept_as_is()
        => Assert.Equal("日本語 — ok", HtmlWriterHarness.Render(w => w.Write("日本語 — ok")));

    [Fact]
    public void Characters_outside_the_basic_plane_are_escaped_as_razor_does()
        => Assert.Equal("&#x1F600;&lt;&#x1F600;", HtmlWriterHarness.Render(w => w.Write("😀<😀")));

    [Fact]
    public void Null_string_writes_nothing()
        => Assert.Equal("ab", HtmlWriterHarness.Render(w => { w.WriteLiteral("a"u8); w.Write((string?)null); w.Write((object?)null); w.Write((int?)null); w.WriteLiteral("b"u8); }));

    [Fact]
    public void Literal_is_written_unchanged()
        => Assert.Equal("<p class=\"x\">", HtmlWriterHarness.Render(w => w.WriteLiteral("<p class=\"x\">"u8)));

    [Fact]
    public void Raw_html_is_written_unchanged()
        => Assert.Equal("<b>bold</b>", HtmlWriterHarness.Render(w => w.WriteRaw("<b>bold</b>")));

    [Fact]
    public void Html_content_is_written_unchanged()
        => Assert.Equal("<i>x</i><em>y</em>", HtmlWriterHarness.Render(w => { w.Write(Html.Raw("<i>x</i>")); w.Write(new HtmlContentBuilder().AppendHtml("<em>").Append("y").AppendHtml("</em>")); }));

    [Fact]
    public void Numbers_use_the_current_culture()
    {
        using var culture = new CultureScope("de-DE");
        Assert.Equal("1,5 -3 1.234,50", HtmlWriterHarness.Render(w => { w.Write(1.5); w.WriteLiteral(" "u8); w.Write(-3); w.WriteLiteral(" "u8); w.Write(1234.5m, "N2"); }));
    }

    [Fact]
    public void Format_string_is_applied()
    {
        using var culture = new CultureScope("en-US");
        Assert.Equal("1,234.57|0042|2024-01-02", HtmlWriterHarness.Render(w =>
        {
            w.Write(1234.567, "N2");
            w.WriteLiteral("|"u8);
            w.Write(42, "D4");
            w.WriteLiteral("|"u8);
            w.Write(new DateOnly(2024, 1, 2), "yyyy-MM-dd");
        }));
    }

    [Fact]
    public void Formatted_value_is_encoded_when_the_format_produces_markup_characters()
        => Assert.Equal("1E&#x2B;20", HtmlWriterHarness.Render(w => w.Write(1e20, "0E+0")));

    [Fact]
    public void Object_dispatch_covers_strings_formattables_and_plain_objects()
    {
        using var culture = new CultureScope("en-US");
        Assert.Equal("&lt;a&gt;|3.50|Friday|True|plain&lt;", HtmlWriterHarness.Render(w =>
        {
            w.Write((object)"<a>");
            w.WriteLiteral("|"u8);
            w.Write((object)3.5m, "F2");
            w.WriteLiteral("|"u8);
            w.Write((object)DayOfWeek.Friday);
            w.WriteLiteral("|"u8);
            w.Write((object)true);
            w.WriteLiteral("|"u8);
            w.Write(new PlainObject());
        }));
    }

    [Fact]
    public void Nullable_number_with_value_is_written()
        => Assert.Equal("7", HtmlWriterHarness.Render(w => w.Write((int?)7)));

    [Fact]
    public void Long_string_crossing_buffer_boundaries_is_written_completely()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 9000; i++)
        {
            builder.Append("日本<&>x");
        }

        string text = builder.ToString();
        string expected = text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        string html = HtmlWriterHarness.Render(w => { w.WriteLiteral("["u8); w.Write(text); w.WriteLiteral("]"u8); });
        Assert.True(Encoding.UTF8.GetByteCount(text) > 64 * 1024);
        Assert.Equal("[" + expected + "]", html);
    }

    [Fact]
    public void Many_small_writes_crossing_buffer_boundaries_keep_their_order()
    {
        var expected = new StringBuilder();
        string html = HtmlWriterHarness.Render(w =>
        {
            for (int i = 0; i < 20_000; i++)
            {
                w.WriteLiteral("<td>"u8);
                w.Write(i);
                w.Write("é&");
                expected.Append("<td>").Append(i).Append("é&amp;");
            }
        });
        Assert.Equal(expected.ToString(), html);
    }

    [Fact]
    public void Long_raw_html_crossing_buffer_boundaries_is_written_completely()
    {
        string raw = string.Concat(Enumerable.Repeat("<p>日本語</p>", 10_000));
        Assert.Equal(raw, HtmlWriterHarness.Render(w => w.WriteRaw(raw)));
    }

    private sealed class PlainObject
    {
        public override string ToString() => "plain<";
    }
}
