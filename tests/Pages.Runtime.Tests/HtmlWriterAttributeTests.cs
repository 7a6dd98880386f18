using Pages.Tests.Infrastructure;

namespace Pages.Tests;

public class HtmlWriterAttributeTests
{
    [Fact]
    public void String_attribute_value_is_encoded_in_quotes()
        => Assert.Equal(" title=\"&quot;x&quot; &lt;y&gt;\"", HtmlWriterHarness.Render(w => w.WriteAttribute("title"u8, "\"x\" <y>")));

    [Fact]
    public void Null_attribute_is_dropped()
        => Assert.Equal("", HtmlWriterHarness.Render(w => { w.WriteAttribute("title"u8, (string?)null); w.WriteAttribute("x"u8, (object?)null); w.WriteAttribute("y"u8, (bool?)null); }));

    [Fact]
    public void True_writes_the_bare_name_and_false_drops_it()
        => Assert.Equal(" disabled checked", HtmlWriterHarness.Render(w =>
        {
            w.WriteAttribute("disabled"u8, true);
            w.WriteAttribute("hidden"u8, false);
            w.WriteAttribute("checked"u8, (bool?)true);
            w.WriteAttribute("open"u8, (object?)false);
        }));

    [Fact]
    public void Object_true_writes_the_bare_name()
        => Assert.Equal(" selected", HtmlWriterHarness.Render(w => w.WriteAttribute("selected"u8, (object?)true)));

    [Fact]
    public void Number_attribute_uses_culture_and_format()
    {
        using var culture = new CultureScope("fr-FR");
        Assert.Equal(" value=\"3\" data-price=\"2,50\"", HtmlWriterHarness.Render(w =>
        {
            w.WriteAttribute("value"u8, 3);
            w.WriteAttribute("data-price"u8, 2.5, "F2");
        }));
    }

    [Fact]
    public void Data_and_aria_attributes_write_true_and_false()
        => Assert.Equal(" data-open=\"true\" aria-hidden=\"false\" data-x=\"true\"", HtmlWriterHarness.Render(w =>
        {
            w.WriteDataAttribute("data-open"u8, true);
            w.WriteDataAttribute("aria-hidden"u8, (object?)false);
            w.WriteDataAttribute("data-x"u8, (bool?)true);
            w.WriteDataAttribute("data-none"u8, (object?)null);
            w.WriteDataAttribute("data-none2"u8, (bool?)null);
        }));

    [Fact]
    public void Spread_applies_the_value_rules_to_each_pair()
    {
        var attributes = new Dictionary<string, object?>
        {
            ["id"] = "main",
            ["hidden"] = false,
            ["disabled"] = true,
            ["title"] = null,
            ["tabindex"] = 2,
            ["data-active"] = false,
            ["aria-expanded"] = true,
            ["alt"] = "a \"b\"",
        };
        Assert.Equal(
            " id=\"main\" disabled tabindex=\"2\" data-active=\"false\" aria-expanded=\"true\" alt=\"a &quot;b&quot;\"",
            HtmlWriterHarness.Render(w => w.WriteAttributes(attributes)));
    }

    [Fact]
    public void Spread_of_null_writes_nothing()
        => Assert.Equal("", HtmlWriterHarness.Render(w => w.WriteAttributes(null)));

    [Theory]
    [InlineData("onclick=\"x\"")]
    [InlineData("a b")]
    [InlineData("x>")]
    [InlineData("")]
    public void Spread_with_an_unsafe_name_throws(string name)
        => Assert.Throws<ArgumentException>(() => HtmlWriterHarness.Render(w => w.WriteAttributes([new(name, "v")])));

    [Fact]
    public void Class_list_keeps_strings_true_tuples_and_enumerables_in_order_without_duplicates()
        => Assert.Equal(" class=\"card active big x y\"", HtmlWriterHarness.Render(w => w.WriteClassList("class"u8,
        [
            "card",
            null,
            ("active", true),
            ("hidden", false),
            "big  card",
            new List<string> { "x", "y", "active" },
        ])));

    [Fact]
    public void Class_list_encodes_class_names()
        => Assert.Equal(" class=\"a&quot;b\"", HtmlWriterHarness.Render(w => w.WriteClassList("class"u8, ["a\"b"])));

    [Fact]
    public void Empty_class_list_drops_the_attribute()
        => Assert.Equal("", HtmlWriterHarness.Render(w =>
        {
            w.WriteClassList("class"u8, [null, ("x", false), "  "]);
            w.WriteClassList("class"u8, null);
        }));
}
