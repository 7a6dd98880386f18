using Xunit;
using Pages.Generators.Model;
using Pages.Generators.Parsing;

namespace Pages.Generators.Tests.Parsing;

/// <summary>Shorthands for parser tests: parse a small inline page and check there was no (or exactly one) diagnostic.</summary>
internal static class Parse
{
    public const string FilePath = "/app/Pages/test.page";

    public static PageSyntax Page(string text) => PageParser.Parse(FilePath, text);

    /// <summary>The template nodes of a page that must parse without diagnostics.</summary>
    public static IReadOnlyList<TemplateNode> Template(string text)
    {
        var page = Page(text);
        Assert.True(page.Diagnostics.IsEmpty, "unexpected diagnostics: " + string.Join(", ", page.Diagnostics.Select(Describe)));
        return page.Template.ToList();
    }

    /// <summary>The frontmatter of a page that must parse without diagnostics.</summary>
    public static FrontmatterSyntax Frontmatter(string text)
    {
        var page = Page(text);
        Assert.True(page.Diagnostics.IsEmpty, "unexpected diagnostics: " + string.Join(", ", page.Diagnostics.Select(Describe)));
        return page.Frontmatter;
    }

    /// <summary>The one diagnostic of a malformed page (asserts there is exactly one, and no template).</summary>
    public static DiagnosticInfo SingleDiagnostic(string text)
    {
        var page = Page(text);
        var diagnostic = Assert.Single(page.Diagnostics);
        Assert.Equal(FilePath, diagnostic.FilePath);
        return diagnostic;
    }

    /// <summary>Asserts the id and 1-based start position of a diagnostic.</summary>
    public static void AssertAt(DiagnosticInfo diagnostic, string id, int line, int column)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    /// <summary>The template rendered back as written, with control constructs shown as markers (for whitespace tests).</summary>
    public static string Flatten(IEnumerable<TemplateNode> nodes)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    sb.Append(text.Text);
                    break;
                case ExpressionNode expression:
                    sb.Append('{').Append(expression.Code).Append(expression.Format is null ? "" : ":" + expression.Format).Append('}');
                    break;
                case ElementNode element:
                    sb.Append('<').Append(element.NameText);
                    foreach (var attribute in element.Attributes)
                    {
                        sb.Append(attribute.LeadingWhitespace).Append(attribute is LiteralAttribute literal ? literal.RawText : "[attr]");
                    }
                    sb.Append(element.StartTagEnd).Append(Flatten(element.Children)).Append(element.EndTag);
                    break;
                case IfNode ifNode:
                    foreach (var branch in ifNode.Branches)
                    {
                        sb.Append(branch.Condition is null ? "[else]" : "[if " + branch.Condition + "]").Append(Flatten(branch.Children));
                    }
                    sb.Append("[/if]");
                    break;
                case LoopNode loop:
                    sb.Append('[').Append(loop.Keyword).Append(' ').Append(loop.Header).Append(']').Append(Flatten(loop.Children)).Append("[/").Append(loop.Keyword).Append(']');
                    break;
                case SwitchNode switchNode:
                    sb.Append("[switch ").Append(switchNode.Expression).Append(']');
                    foreach (var section in switchNode.Sections)
                    {
                        sb.Append('[').Append(string.Join("|", section.Labels.Select(l => l.Text))).Append(']').Append(Flatten(section.Children));
                    }
                    sb.Append("[/switch]");
                    break;
                default:
                    sb.Append('[').Append(node.GetType().Name).Append(']');
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Describe(DiagnosticInfo d) => $"{d.Id} at {d.Span.Line}:{d.Span.Column} ({string.Join("; ", d.Arguments)})";
}
