using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pages.Generators.Mapping;
using Pages.Generators.Model;
using Pages.Generators.Parsing;

namespace Pages.Generators.Emit;

/// <summary>
/// Writes the render method of a page or component: frontmatter statements, then the template as
/// <c>WriteLiteral("..."u8)</c> runs (adjacent literal text merged into one span) and typed <c>Write</c> calls.
/// A template with no <c>await</c> and no component gets the synchronous <c>Render</c> override.
/// </summary>
internal sealed partial class TemplateEmitter
{
    private readonly CodeWriter _writer;
    private readonly PageModel _model;
    private readonly Dictionary<string, ComponentRef> _components;
    private readonly HashSet<string> _aliases;
    private readonly StringBuilder _literal = new();
    private string _out = "__w";
    private int _lambdaDepth;

    public TemplateEmitter(CodeWriter writer, PageModel model, EquatableArray<ComponentRef> components)
    {
        _writer = writer;
        _model = model;
        // Only an unambiguous name can be qualified; otherwise C# name lookup decides (and reports). Counted with
        // dictionaries rather than LINQ's GroupBy, whose lookup over the name pairs a cold build would JIT.
        _components = Unambiguous(ShortNames(components));
        // <Ui.Card>: the last parts of a component's full name, when only one component ends that way.
        foreach (var dotted in Unambiguous(DottedNames(components)))
        {
            if (!_components.ContainsKey(dotted.Key))
            {
                _components[dotted.Key] = dotted.Value;
            }
        }
        _aliases = new HashSet<string>(model.Syntax.Frontmatter.Usings.Select(u => u.Alias).OfType<string>(), StringComparer.Ordinal);
    }

    /// <summary>The names that only one component answers to, each with that component.</summary>
    private static Dictionary<string, ComponentRef> Unambiguous(IEnumerable<KeyValuePair<string, ComponentRef>> names)
    {
        var unambiguous = new Dictionary<string, ComponentRef>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (ambiguous.Contains(name.Key))
            {
                continue;
            }
            if (unambiguous.Remove(name.Key))
            {
                ambiguous.Add(name.Key);
                continue;
            }
            unambiguous[name.Key] = name.Value;
        }
        return unambiguous;
    }

    /// <summary>Each component by its short name: <c>Card</c>.</summary>
    private static IEnumerable<KeyValuePair<string, ComponentRef>> ShortNames(EquatableArray<ComponentRef> components)
    {
        foreach (var component in components)
        {
            yield return new KeyValuePair<string, ComponentRef>(component.Name, component);
        }
    }

    /// <summary>For <c>App.Components.Ui.Card</c>: <c>Ui.Card</c>, <c>Components.Ui.Card</c>, <c>App.Components.Ui.Card</c>.</summary>
    private static IEnumerable<KeyValuePair<string, ComponentRef>> DottedNames(EquatableArray<ComponentRef> components)
    {
        foreach (var component in components)
        {
            if (component.Namespace.Length == 0)
            {
                continue;
            }
            var parts = component.Namespace.Split('.');
            var name = component.Name;
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                name = parts[i] + "." + name;
                yield return new KeyValuePair<string, ComponentRef>(name, component);
            }
        }
    }

    private string FilePath => _model.FilePath;

    /// <summary>
    /// The render method of a page with template errors: the same signature as <see cref="EmitRenderMethod"/> would
    /// give it, and a body that renders nothing. The build fails on the PAGE diagnostic anyway; keeping the method
    /// means a broken page is a compile error to Hot Reload, not a removed method that forces a restart, so saving
    /// the fix under dotnet watch is an ordinary update.
    /// </summary>
    public void EmitPlaceholderRenderMethod()
    {
        if (IsAsync)
        {
            _writer.Line("/// <inheritdoc/>");
            _writer.Line("protected override global::System.Threading.Tasks.ValueTask<global::Microsoft.AspNetCore.Http.IResult?> RenderAsync(global::Pages.HtmlWriter __w) => default;");
        }
        else
        {
            _writer.Line("/// <inheritdoc/>");
            _writer.Line("protected override global::Microsoft.AspNetCore.Http.IResult? Render(global::Pages.HtmlWriter __w) => null;");
        }
    }

    private bool IsAsync => _model.Syntax.Frontmatter.StatementsHaveAwait || AsyncAnalysis.NeedsAsync(_model.Syntax.Template);

    public void EmitRenderMethod()
    {
        var frontmatter = _model.Syntax.Frontmatter;
        var template = _model.Syntax.Template;
        var isAsync = IsAsync;

        if (isAsync)
        {
            _writer.Line("/// <inheritdoc/>");
            _writer.Line("protected override async global::System.Threading.Tasks.ValueTask<global::Microsoft.AspNetCore.Http.IResult?> RenderAsync(global::Pages.HtmlWriter __w)");
        }
        else
        {
            _writer.Line("/// <inheritdoc/>");
            _writer.Line("protected override global::Microsoft.AspNetCore.Http.IResult? Render(global::Pages.HtmlWriter __w)");
        }
        _writer.OpenBrace();

        if (_model.Kind == PageKind.Component && frontmatter.StatementsHaveAwait)
        {
            // A component's frontmatter runs mid-page: send the parent's bytes so far before it waits (streaming).
            _writer.Line("await __w.FlushAsync();");
        }

        foreach (var statement in frontmatter.Statements)
        {
            LineMapping.Block(_writer, FilePath, statement.Text, statement.Span);
        }

        if (_model.Kind == PageKind.Page)
        {
            // From here on the response's status and headers are final (docs/language.md).
            _writer.Line("BeginTemplate();");
        }

        EmitNodes(template);
        FlushLiteral();
        _writer.Line("return null;");
        _writer.CloseBrace();
    }

    private void EmitNodes(EquatableArray<TemplateNode> nodes)
    {
        foreach (var node in nodes)
        {
            EmitNode(node);
        }
    }

    private void EmitNode(TemplateNode node)
    {
        switch (node)
        {
            case TextNode text:
                _literal.Append(text.Text);
                break;
            case ExpressionNode expression:
                EmitExpression(expression);
                break;
            case ElementNode element:
                EmitElement(element);
                break;
            case ComponentNode component:
                EmitComponent(component);
                break;
            case SlotNode slot:
                EmitSlot(slot);
                break;
            case FragmentNode fragment:
                EmitFragment(fragment);
                break;
            case IfNode ifNode:
                EmitIf(ifNode);
                break;
            case LoopNode loop:
                EmitLoop(loop);
                break;
            case SwitchNode switchNode:
                EmitSwitch(switchNode);
                break;
        }
    }

    private void EmitExpression(ExpressionNode expression)
    {
        FlushBeforeAwait(expression.HasAwait);
        var format = expression.Format is null ? "" : ", " + CSharpLiteral.String(expression.Format);
        LineMapping.Expression(_writer, FilePath, $"{_out}.Write(", expression.Code, expression.CodeSpan, format + ");");
    }

    /// <summary>Appends literal output text; it is written with the next dynamic write or at the end.</summary>
    private void Literal(string text) => _literal.Append(text);

    private void FlushLiteral()
    {
        if (_literal.Length == 0)
        {
            return;
        }
        // A UTF-8 span is the fast path; Debug builds write a string instead, which Hot Reload can update any
        // number of times (re-emitted u8 literals are new RVA fields, and the runtime ends up refusing an update).
        // Escaped straight into the output: the literal text is most of a page, and each intermediate string of it
        // (the escaped literal, the call around it) was another copy for the GC in a cold build.
        var line = _writer.BeginLine().Append(_out).Append(_model.Utf8Literals ? ".WriteLiteral(" : ".WriteRaw(");
        CSharpLiteral.Append(line, _literal.ToString()).Append(_model.Utf8Literals ? "u8);" : ");");
        _writer.EndLine();
        _literal.Clear();
    }

    /// <summary>Before C# that awaits, send the bytes so far so the client sees them while it waits (HTML streaming).</summary>
    private void FlushBeforeAwait(bool hasAwait)
    {
        FlushLiteral();
        if (hasAwait)
        {
            _writer.Line($"await {_out}.FlushAsync();");
        }
    }
}
