using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

// The syntax tree of a .page template body. Plain equatable records with positions: the parser
// builds them, the emitter reads them; no Roslyn types, so the incremental pipeline can cache them.
// C# inside holes and headers is kept as text (with its span) and handed to the compiler as is.

/// <summary>A node of the template tree.</summary>
internal abstract record TemplateNode(SourceSpan Span);

/// <summary>Literal template text (HTML, whitespace, <c>&lt;!-- comments --&gt;</c>, doctype), written as is.</summary>
internal sealed record TextNode(SourceSpan Span, string Text) : TemplateNode(Span);

/// <summary>
/// A C# expression hole <c>{expr}</c> or <c>{expr:format}</c>. <see cref="CodeSpan"/> covers the
/// expression text only (not the braces, not the format). <see cref="HasAwait"/> is true when the
/// expression contains an <c>await</c> outside any lambda.
/// </summary>
internal sealed record ExpressionNode(SourceSpan Span, string Code, SourceSpan CodeSpan, string? Format, bool HasAwait)
    : TemplateNode(Span);

/// <summary>
/// An HTML element (lower-case or any non-capitalized name). Written as it appears in the source:
/// <see cref="NameText"/> as written, each attribute with its leading whitespace, then
/// <see cref="StartTagEnd"/> (e.g. <c>&gt;</c>, <c> /&gt;</c>, <c>\n&gt;</c>), children, and
/// <see cref="EndTag"/> (the raw end tag, <c>null</c> for void or self-closed elements).
/// For <c>script</c> and <c>style</c>, the single child is a <see cref="TextNode"/> with the raw text.
/// </summary>
internal sealed record ElementNode(
    SourceSpan Span,
    string NameText,
    EquatableArray<AttributeNode> Attributes,
    string StartTagEnd,
    EquatableArray<TemplateNode> Children,
    string? EndTag) : TemplateNode(Span)
{
    public string Name => NameText.ToLowerInvariant();
}

/// <summary>
/// A component tag (capitalized name, possibly dotted: <c>&lt;Ui.Card&gt;</c>). Children become slots:
/// children carrying a <c>slot="name"</c> attribute fill that named slot; the rest form the default slot.
/// </summary>
internal sealed record ComponentNode(
    SourceSpan Span,
    string Name,
    EquatableArray<AttributeNode> Attributes,
    EquatableArray<TemplateNode> Children) : TemplateNode(Span);

/// <summary>
/// <c>&lt;slot /&gt;</c> or <c>&lt;slot name="x"&gt;fallback&lt;/slot&gt;</c> in a component template.
/// <see cref="Forward"/> is its <c>slot="y"</c> attribute when it stands directly inside a component tag
/// (<c>&lt;Child&gt;&lt;slot name="x" slot="y" /&gt;&lt;/Child&gt;</c>): the slot received as <c>x</c> is passed on to
/// the child as its slot <c>y</c>.
/// </summary>
internal sealed record SlotNode(SourceSpan Span, string? Name, EquatableArray<TemplateNode> Fallback, LiteralAttribute? Forward = null)
    : TemplateNode(Span)
{
    /// <summary>The child's slot this slot is passed on to (<c>""</c> for its default slot); <see langword="null"/> when not forwarded.</summary>
    public string? ForwardAs => Forward?.Value;
}

/// <summary><c>&lt;Fragment&gt;</c>: groups children (or takes <c>set:html</c>/<c>set:text</c>), writes no tag.</summary>
internal sealed record FragmentNode(SourceSpan Span, EquatableArray<AttributeNode> Attributes, EquatableArray<TemplateNode> Children)
    : TemplateNode(Span);

/// <summary><c>@if (c) { } else if (d) { } else { }</c>. The last branch has a null condition when it is an <c>else</c>.</summary>
internal sealed record IfNode(SourceSpan Span, EquatableArray<IfBranch> Branches) : TemplateNode(Span);

/// <summary>One branch of an <see cref="IfNode"/>: the condition text (inside the parentheses) and its markup.</summary>
internal sealed record IfBranch(SourceSpan Span, string? Condition, SourceSpan ConditionSpan, bool ConditionHasAwait, EquatableArray<TemplateNode> Children);

/// <summary>
/// <c>@foreach (header) { }</c>, <c>@for (header) { }</c>, <c>@while (header) { }</c>.
/// <see cref="Keyword"/> is <c>foreach</c>, <c>for</c> or <c>while</c>; <see cref="Header"/> is the text inside the
/// parentheses (e.g. <c>var x in xs</c>, or <c>await var x in xs</c> is not supported: use a list).
/// </summary>
internal sealed record LoopNode(SourceSpan Span, string Keyword, string Header, SourceSpan HeaderSpan, bool HeaderHasAwait, EquatableArray<TemplateNode> Children)
    : TemplateNode(Span);

/// <summary><c>@switch (expr) { case X: markup ... default: markup }</c>.</summary>
internal sealed record SwitchNode(SourceSpan Span, string Expression, SourceSpan ExpressionSpan, bool ExpressionHasAwait, EquatableArray<SwitchSection> Sections)
    : TemplateNode(Span);

/// <summary>A switch section: one or more labels (stacked) and its markup.</summary>
internal sealed record SwitchSection(EquatableArray<SwitchLabel> Labels, EquatableArray<TemplateNode> Children);

/// <summary>A case label as written without its trailing colon: <c>case 1</c>, <c>case int n when n &gt; 0</c>, <c>default</c>.</summary>
internal sealed record SwitchLabel(SourceSpan Span, string Text);

/// <summary>An attribute on an element, component or fragment tag.</summary>
internal abstract record AttributeNode(SourceSpan Span, string LeadingWhitespace);

/// <summary>
/// A literal attribute: <c>name="text"</c>, <c>name='text'</c>, <c>name=text</c> or a bare <c>name</c>.
/// <see cref="RawText"/> is the attribute exactly as written (without the leading whitespace);
/// <see cref="Value"/> is the unquoted value, <c>null</c> for a bare attribute.
/// </summary>
internal sealed record LiteralAttribute(SourceSpan Span, string LeadingWhitespace, string Name, string? Value, string RawText)
    : AttributeNode(Span, LeadingWhitespace);

/// <summary><c>name={expr}</c> or <c>name={expr:format}</c>. <see cref="CodeSpan"/> covers the expression text.</summary>
internal sealed record ExpressionAttribute(SourceSpan Span, string LeadingWhitespace, string Name, string Code, SourceSpan CodeSpan, string? Format, bool HasAwait)
    : AttributeNode(Span, LeadingWhitespace);

/// <summary><c>{...attrs}</c>. <see cref="Code"/> is the expression after the dots.</summary>
internal sealed record SpreadAttribute(SourceSpan Span, string LeadingWhitespace, string Code, SourceSpan CodeSpan, bool HasAwait)
    : AttributeNode(Span, LeadingWhitespace);

/// <summary>
/// A directive attribute with an expression: <c>class:list={...}</c>, <c>set:html={...}</c>, <c>set:text={...}</c>.
/// <see cref="Directive"/> is the attribute name as written (<c>class:list</c>, <c>set:html</c>, <c>set:text</c>).
/// </summary>
internal sealed record DirectiveAttribute(SourceSpan Span, string LeadingWhitespace, string Directive, string Code, SourceSpan CodeSpan, bool HasAwait)
    : AttributeNode(Span, LeadingWhitespace);
