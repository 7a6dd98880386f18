using System.Collections.Generic;
using System.Linq;
using Pages.Generators.Mapping;
using Pages.Generators.Model;
using Pages.Generators.Parsing;

namespace Pages.Generators.Emit;

// Components, slots and their content: a component tag becomes a typed Props constructor call (so the
// compiler checks names and types at the attribute, through #line) and its children become slot lambdas.
internal sealed partial class TemplateEmitter
{
    private const string SlotAttribute = "slot";

    private void EmitComponent(ComponentNode component)
    {
        FlushLiteral();
        var type = ComponentType(component.Name);
        // The type and the props' target-typed `new` are mapped to the tag name, so an unknown component and a
        // missing required prop land on the tag in the .page (the type is written once: one mistake, one error).
        var nameSpan = new SourceSpan(component.Span.Start + 1, component.Span.Start + 1 + component.Name.Length,
            component.Span.Line, component.Span.Column + 1, component.Span.Line, component.Span.Column + 1 + component.Name.Length);
        LineMapping.Expression(_writer, FilePath, "await new ", type, nameSpan, $"().RenderComponentAsync({_out}, this,");
        _writer.Indent();
        LineMapping.Expression(_writer, FilePath, "", "new", nameSpan, "(");
        _writer.Indent();
        var first = true;
        foreach (var attribute in component.Attributes)
        {
            if (attribute is LiteralAttribute { Name: SlotAttribute })
            {
                continue;
            }
            EmitPropArgument(attribute, first ? "" : ", ");
            first = false;
        }
        _writer.Unindent();
        _writer.Line("),");
        EmitSlotSet(component.Children);
        _writer.Unindent();
        _writer.Line(");");
    }

    /// <summary>
    /// The C# type of a tag: a project component, <c>global::</c>-qualified when its name is unambiguous and not
    /// bound by a frontmatter <c>using</c> alias (the alias wins, as an Astro import would); otherwise the name as
    /// written, for C# name lookup (components of referenced assemblies, aliases, ambiguous names).
    /// </summary>
    private string ComponentType(string name)
    {
        var firstPart = name.Split('.')[0];
        if (_aliases.Contains(firstPart))
        {
            return name;
        }
        return _components.TryGetValue(name, out var known)
            ? "global::" + (known.Namespace.Length > 0 ? known.Namespace + "." : "") + known.Name
            : name;
    }

    private void EmitPropArgument(AttributeNode attribute, string separator)
    {
        switch (attribute)
        {
            case LiteralAttribute { Value: null } bare:
                // A bare attribute means true; both the name and the `true` map to the name.
                LineMapping.Expression(_writer, FilePath, separator, bare.Name + ":", NameSpan(bare.Span, bare.Name), "");
                LineMapping.Expression(_writer, FilePath, "", "true", NameSpan(bare.Span, bare.Name), "");
                break;
            case LiteralAttribute literal:
                // `Name:"text"` has the length of `Name="text"`, so a wrong type lands on the value's column.
                LineMapping.Expression(_writer, FilePath, separator, literal.Name + ":" + CSharpLiteral.String(literal.Value), literal.Span, "");
                break;
            case ExpressionAttribute expression:
                // The name and the value are mapped apart, so a wrong name and a wrong type land on each.
                LineMapping.Expression(_writer, FilePath, separator, expression.Name + ":", NameSpan(expression.Span, expression.Name), "");
                LineMapping.Expression(_writer, FilePath, "", expression.Code, expression.CodeSpan, "");
                break;
            default:
                // Spreads and class:list on components are PAGE016, reported by the parser.
                break;
        }
    }

    /// <summary>The span of an attribute's name: it starts the attribute's span.</summary>
    private static SourceSpan NameSpan(SourceSpan attribute, string name)
        => new(attribute.Start, attribute.Start + name.Length, attribute.Line, attribute.Column, attribute.Line, attribute.Column + name.Length);

    private void EmitSlotSet(EquatableArray<TemplateNode> children)
    {
        var slots = GroupSlots(children);
        if (slots.Count == 0)
        {
            _writer.Line("null");
            return;
        }
        _writer.Line("new global::Pages.SlotSet()");
        foreach (var slot in slots)
        {
            if (OnlyForward(slot.Value) is { } forward)
            {
                // Passed on only when this component received it, so the child's own fallback shows otherwise.
                _writer.Line($".Forward({CSharpLiteral.String(slot.Key)}, Slots, {CSharpLiteral.String(forward.Name ?? "")})");
                continue;
            }
            EmitSlotContent(slot.Key, slot.Value);
        }
    }

    /// <summary>Children with <c>slot="x"</c> fill slot x (the attribute itself is not written); the rest fill the default slot.</summary>
    private static List<KeyValuePair<string, List<TemplateNode>>> GroupSlots(EquatableArray<TemplateNode> children)
    {
        var slots = new List<KeyValuePair<string, List<TemplateNode>>>();
        List<TemplateNode> SlotFor(string name)
        {
            foreach (var slot in slots)
            {
                if (slot.Key == name)
                {
                    return slot.Value;
                }
            }
            var list = new List<TemplateNode>();
            slots.Add(new KeyValuePair<string, List<TemplateNode>>(name, list));
            return list;
        }

        foreach (var child in children)
        {
            var (name, node) = SlotTarget(child);
            SlotFor(name).Add(node);
        }
        // A default slot of only whitespace is no slot: <Layout>\n</Layout> leaves Slots.Has("") false.
        slots.RemoveAll(s => s.Key.Length == 0 && s.Value.All(n => n is TextNode { Text: var t } && string.IsNullOrWhiteSpace(t)));
        return slots;
    }

    private static (string Name, TemplateNode Node) SlotTarget(TemplateNode child)
    {
        switch (child)
        {
            case ElementNode element when SlotName(element.Attributes) is { } name:
                return (name, element with { Attributes = element.Attributes.Where(a => !IsSlotAttribute(a)).ToEquatableArray() });
            case ComponentNode component when SlotName(component.Attributes) is { } name:
                return (name, component);
            case FragmentNode fragment when SlotName(fragment.Attributes) is { } name:
                return (name, fragment with { Attributes = fragment.Attributes.Where(a => !IsSlotAttribute(a)).ToEquatableArray() });
            case SlotNode { ForwardAs: { } name } slot:
                return (name, slot);
            default:
                return ("", child);
        }
    }

    private static string? SlotName(EquatableArray<AttributeNode> attributes)
        => attributes.OfType<LiteralAttribute>().FirstOrDefault(a => a.Name == SlotAttribute)?.Value;

    private static bool IsSlotAttribute(AttributeNode attribute) => attribute is LiteralAttribute { Name: SlotAttribute };

    private void EmitSlotContent(string name, List<TemplateNode> nodes)
    {
        var content = nodes.ToEquatableArray();
        var isAsync = AsyncAnalysis.NeedsAsync(content);
        var outer = _out;
        _lambdaDepth++;
        _out = "__w" + _lambdaDepth;
        _writer.Line($".Add({CSharpLiteral.String(name)}, {(isAsync ? "async " : "")}({_out}) =>");
        _writer.OpenBrace();
        EmitNodes(content);
        FlushLiteral();
        if (!isAsync)
        {
            _writer.Line("return default;");
        }
        _writer.CloseBrace(")");
        _out = outer;
        _lambdaDepth--;
    }

    /// <summary>
    /// The forwarding <c>&lt;slot name="x" slot="y" /&gt;</c> without fallback that is a slot's only content (blank text
    /// aside), or <see langword="null"/>: only then can the child's slot follow whether this component received x.
    /// </summary>
    private static SlotNode? OnlyForward(List<TemplateNode> content)
    {
        SlotNode? forward = null;
        foreach (var node in content)
        {
            switch (node)
            {
                case TextNode { Text: var text } when string.IsNullOrWhiteSpace(text):
                    continue;
                case SlotNode { ForwardAs: not null } slot when forward is null && IsBlank(slot.Fallback):
                    forward = slot;
                    continue;
                default:
                    return null;
            }
        }
        return forward;
    }

    private static bool IsBlank(EquatableArray<TemplateNode> nodes)
        => nodes.All(n => n is TextNode { Text: var t } && string.IsNullOrWhiteSpace(t));

    private void EmitSlot(SlotNode slot)
    {
        FlushLiteral();
        var name = CSharpLiteral.String(slot.Name ?? "");
        if (IsBlank(slot.Fallback))
        {
            _writer.Line($"await Slots.WriteAsync({name}, {_out});");
            return;
        }
        _writer.Line($"if (Slots.Has({name}))");
        _writer.OpenBrace();
        _writer.Line($"await Slots.WriteAsync({name}, {_out});");
        _writer.CloseBrace();
        _writer.Line("else");
        EmitBlock(slot.Fallback);
    }
}
