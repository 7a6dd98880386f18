using Xunit;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// <c>PagesUtf8Literals</c>: template text is a <c>"..."u8</c> span by default and a string written with
/// <c>WriteRaw</c> when the property is <c>false</c> (the package's targets set that in Debug builds, so Hot Reload
/// keeps applying edits under dotnet watch; see docs/authoring.md).
/// </summary>
public sealed class LiteralModeTests
{
    private const string Page = "<h1>Hello</h1>\n<p>{1 + 1}</p>\n";

    [Fact]
    public void Template_text_is_a_utf8_span_by_default()
    {
        var run = GeneratorHarness.Run([("Pages/index.page", Page)], GeneratorHarness.DefaultProperties());
        var source = run.Source("App.Pages.Page_index.");

        Assert.Empty(run.CompilerDiagnostics);
        Assert.Contains("__w.WriteLiteral(\"<h1>Hello</h1>\\n<p>\"u8);", source, StringComparison.Ordinal);
        Assert.DoesNotContain("WriteRaw(", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_text_is_a_string_when_utf8_literals_are_off()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesUtf8Literals"] = "false";
        var run = GeneratorHarness.Run([("Pages/index.page", Page)], properties);
        var source = run.Source("App.Pages.Page_index.");

        Assert.Empty(run.CompilerDiagnostics);
        Assert.Contains("__w.WriteRaw(\"<h1>Hello</h1>\\n<p>\");", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\"u8", source, StringComparison.Ordinal);
    }
}
