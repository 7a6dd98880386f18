using System;
using System.Linq;
using Pages.Generators.Mapping;
using Pages.Generators.Parsing;

namespace Pages.Generators.Emit;

// HTML elements and their attributes: literal parts stay literal text, dynamic parts become typed writes.
internal sealed partial class TemplateEmitter
{
    private void EmitElement(ElementNode element)
    {
        Literal("<" + element.NameText);
        DirectiveAttribute? content = null;
        foreach (var attribute in element.Attributes)
        {
            if (attribute is DirectiveAttribute { Directive: "set:html" or "set:text" } setter)
            {
                content = setter;
                continue;
            }
            EmitAttribute(attribute);
        }

        var selfClosed = element.StartTagEnd.EndsWith("/>", StringComparison.Ordinal);
        if (content is not null)
        {
            // <div set:html={x} /> still writes <div>x</div>: the element needs its content.
            Literal(selfClosed ? element.StartTagEnd.Substring(0, element.StartTagEnd.Length - 2).TrimEnd() + ">" : element.StartTagEnd);
            EmitContentDirective(content);
            Literal(element.EndTag ?? "</" + element.NameText + ">");
            return;
        }

        Literal(element.StartTagEnd);
        EmitNodes(element.Children);
        if (element.EndTag is not null)
        {
            Literal(element.EndTag);
        }
    }

    private void EmitContentDirective(DirectiveAttribute directive)
    {
        FlushBeforeAwait(directive.HasAwait);
        var method = directive.Directive == "set:html" ? "WriteRaw" : "Write";
        LineMapping.Expression(_writer, FilePath, $"{_out}.{method}(", directive.Code, directive.CodeSpan, ");");
    }

    private void EmitAttribute(AttributeNode attribute)
    {
        switch (attribute)
        {
            case LiteralAttribute literal:
                Literal(literal.LeadingWhitespace + literal.RawText);
                break;
            case ExpressionAttribute expression:
            {
                FlushBeforeAwait(expression.HasAwait);
                var name = expression.Name;
                var method = IsStringifiedBooleanAttribute(name) ? "WriteDataAttribute" : "WriteAttribute";
                var format = expression.Format is null ? "" : ", " + CSharpLiteral.String(expression.Format);
                LineMapping.Expression(_writer, FilePath, $"{_out}.{method}({CSharpLiteral.Utf8(name)}, ", expression.Code, expression.CodeSpan, format + ");");
                break;
            }
            case SpreadAttribute spread:
                FlushBeforeAwait(spread.HasAwait);
                LineMapping.Expression(_writer, FilePath, $"{_out}.WriteAttributes(", spread.Code, spread.CodeSpan, ");");
                break;
            case DirectiveAttribute { Directive: "class:list" } classList:
                FlushBeforeAwait(classList.HasAwait);
                LineMapping.Expression(_writer, FilePath, $"{_out}.WriteClassList({CSharpLiteral.Utf8("class")}, ", classList.Code, classList.CodeSpan, ");");
                break;
            case DirectiveAttribute other:
                // An unknown directive is written as an ordinary attribute value.
                FlushBeforeAwait(other.HasAwait);
                LineMapping.Expression(_writer, FilePath, $"{_out}.WriteAttribute({CSharpLiteral.Utf8(other.Directive)}, ", other.Code, other.CodeSpan, ");");
                break;
        }
    }

    /// <summary><c>data-*</c> and <c>aria-*</c> write booleans as "true"/"false" instead of dropping or baring them.</summary>
    private static bool IsStringifiedBooleanAttribute(string name)
        => name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase);

    private void EmitFragment(FragmentNode fragment)
    {
        var content = fragment.Attributes.OfType<DirectiveAttribute>().FirstOrDefault(a => a.Directive is "set:html" or "set:text");
        if (content is not null)
        {
            EmitContentDirective(content);
            return;
        }
        EmitNodes(fragment.Children);
    }
}
