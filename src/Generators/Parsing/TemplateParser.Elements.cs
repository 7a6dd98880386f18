using System;
using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

// Tags: start tags and their attributes, children up to the matching end tag, raw text of script/style,
// and the element kinds (HTML element, component, slot, Fragment).
internal sealed partial class TemplateParser
{
    private static readonly HashSet<string> s_voidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // HTML element names, so that an all-caps <DIV> or <BR> stays an element while <Card> is a component.
    private static readonly HashSet<string> s_htmlElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body",
        "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
        "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
        "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav",
        "noscript", "object", "ol", "optgroup", "option", "output", "p", "picture", "pre", "progress", "q", "rp",
        "rt", "ruby", "s", "samp", "script", "search", "section", "select", "small", "source", "span", "strong",
        "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
        "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr", "center", "font", "math",
    };

    private static bool IsVoidElement(string name) => s_voidElements.Contains(name);

    /// <summary>A capitalized name is a component, except an all-caps HTML element name (<c>&lt;DIV&gt;</c>).</summary>
    private static bool IsComponentName(string name)
    {
        if (name[0] < 'A' || name[0] > 'Z')
        {
            return false;
        }
        foreach (var c in name)
        {
            if (c >= 'a' && c <= 'z')
            {
                return true;
            }
        }
        return !s_htmlElements.Contains(name);
    }

    /// <summary>Parses the tag at <c>&lt;</c> (followed by a letter) with its children and end tag.</summary>
    private TemplateNode ParseTag()
    {
        var lt = _pos;
        var name = ReadTagName(lt + 1);
        var nameEnd = lt + 1 + name.Length;
        var after = At(nameEnd);
        if (nameEnd < _text.Length && !char.IsWhiteSpace(after) && after != '/' && after != '>')
        {
            throw Error(DiagnosticDescriptors.MalformedTag, lt, nameEnd, name, $"unexpected '{after}' after the tag name");
        }
        _pos = nameEnd;
        var attributes = ParseAttributes(lt, name, out var startTagEnd, out var selfClosing);

        var isFragment = name == "Fragment";
        var isComponent = !isFragment && IsComponentName(name);
        var isSlot = name == "slot";
        if (isComponent)
        {
            CheckComponentAttributes(name, attributes);
        }

        EquatableArray<TemplateNode> children;
        string? endTag = null;
        if (selfClosing || (!isComponent && !isFragment && IsVoidElement(name)))
        {
            children = EquatableArray<TemplateNode>.Empty;
        }
        else if (!isComponent && !isFragment && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            children = ParseRawText(lt, name, out endTag);
        }
        else
        {
            children = ParseChildren(lt, name, caseSensitive: isComponent || isFragment, out endTag);
        }

        var span = Span(lt, _pos);
        var attributeArray = attributes.ToEquatableArray();
        if (isComponent)
        {
            return new ComponentNode(span, name, attributeArray, children);
        }
        children = CheckSetDirective(lt, nameEnd, name, attributes, children);
        if (isFragment)
        {
            return new FragmentNode(span, attributeArray, children);
        }
        if (isSlot)
        {
            return new SlotNode(span, SlotName(attributes), children, SlotForward(attributes));
        }
        return new ElementNode(span, name, attributeArray, startTagEnd, children, endTag);
    }

    private EquatableArray<TemplateNode> ParseChildren(int lt, string name, bool caseSensitive, out string? endTag)
    {
        EnterNesting(lt);
        _openElements.Add(name);
        var children = new NodeList(_pos);
        var stop = ParseNodes(children, Scope.Element);
        var nameEnd = lt + 1 + name.Length;
        switch (stop)
        {
            case Stop.Eof:
                throw Error(DiagnosticDescriptors.UnclosedElement, lt, nameEnd, name);
            case Stop.CloseBrace:
                // Inside a block the '}' closes the block while this element is still open.
                throw _blockDepth > 0
                    ? Error(DiagnosticDescriptors.UnclosedElement, lt, nameEnd, name)
                    : Error(DiagnosticDescriptors.StrayClosingBrace, _pos, _pos + 1);
        }

        var endLt = _pos;
        ReadEndTag(endLt, out var endName, out var end);
        var matches = caseSensitive
            ? string.Equals(endName, name, StringComparison.Ordinal)
            : string.Equals(endName, name, StringComparison.OrdinalIgnoreCase);
        if (!matches)
        {
            throw Error(DiagnosticDescriptors.MismatchedEndTag, endLt, end, endName, name);
        }
        FlushText(children, endLt);
        endTag = _text.Substring(endLt, end - endLt);
        _pos = end;
        _openElements.RemoveAt(_openElements.Count - 1);
        _depth--;
        return children.Nodes.ToEquatableArray();
    }

    // script and style: everything up to the matching end tag is text (no holes, braces literal).
    private EquatableArray<TemplateNode> ParseRawText(int lt, string name, out string? endTag)
    {
        var contentStart = _pos;
        var search = _pos;
        while (true)
        {
            var endLt = _text.IndexOf("</", search, StringComparison.Ordinal);
            if (endLt < 0)
            {
                throw Error(DiagnosticDescriptors.UnclosedElement, lt, lt + 1 + name.Length, name);
            }
            var candidate = ReadTagName(endLt + 2);
            if (candidate.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                ReadEndTag(endLt, out _, out var end);
                endTag = _text.Substring(endLt, end - endLt);
                _pos = end;
                return endLt > contentStart
                    ? new EquatableArray<TemplateNode>(new TemplateNode[] { new TextNode(Span(contentStart, endLt), _text.Substring(contentStart, endLt - contentStart)) })
                    : EquatableArray<TemplateNode>.Empty;
            }
            search = endLt + 2;
        }
    }

    private List<AttributeNode> ParseAttributes(int lt, string tagName, out string startTagEnd, out bool selfClosing)
    {
        var attributes = new List<AttributeNode>();
        while (true)
        {
            var wsStart = _pos;
            _pos = SkipWhitespace(_pos);
            if (_pos >= _text.Length)
            {
                throw Error(DiagnosticDescriptors.MalformedTag, lt, lt + 1 + tagName.Length, tagName, "the start tag is never closed by '>'");
            }
            var c = _text[_pos];
            if (c == '>' || (c == '/' && At(_pos + 1) == '>'))
            {
                selfClosing = c == '/';
                _pos += selfClosing ? 2 : 1;
                startTagEnd = _text.Substring(wsStart, _pos - wsStart);
                return attributes;
            }
            var leading = _text.Substring(wsStart, _pos - wsStart);
            if (c == '{')
            {
                attributes.Add(ParseSpread(leading));
                continue;
            }
            if (c is '"' or '\'' or '=' or '<' or '/' or '}')
            {
                // At the character itself: in a tag of many attributes (or lines) the tag's start says little.
                throw Error(DiagnosticDescriptors.MalformedTag, _pos, _pos + 1, tagName, $"unexpected '{c}' where an attribute name belongs");
            }
            attributes.Add(ParseAttribute(tagName, leading));
        }
    }

    private AttributeNode ParseAttribute(string tagName, string leading)
    {
        var nameStart = _pos;
        while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not ('=' or '>' or '/' or '"' or '\'' or '<' or '{' or '}'))
        {
            _pos++;
        }
        var name = _text.Substring(nameStart, _pos - nameStart);
        var eq = SkipWhitespace(_pos);
        if (At(eq) != '=')
        {
            return new LiteralAttribute(Span(nameStart, _pos), leading, name, null, name);
        }

        var valueStart = SkipWhitespace(eq + 1);
        var quote = At(valueStart);
        if (valueStart >= _text.Length || quote == '>')
        {
            throw Error(DiagnosticDescriptors.MalformedTag, nameStart, eq + 1, tagName, $"the attribute '{name}' has no value after '='");
        }
        if (quote == '{')
        {
            _pos = valueStart;
            return ParseExpressionAttribute(nameStart, leading, name);
        }

        string value;
        if (quote is '"' or '\'')
        {
            var close = _text.IndexOf(quote, valueStart + 1);
            if (close < 0)
            {
                throw Error(DiagnosticDescriptors.MalformedTag, nameStart, valueStart + 1, tagName, $"the value of '{name}' has no closing {quote}");
            }
            value = _text.Substring(valueStart + 1, close - valueStart - 1);
            _pos = close + 1;
        }
        else
        {
            var end = valueStart;
            while (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] != '>')
            {
                end++;
            }
            value = _text.Substring(valueStart, end - valueStart);
            _pos = end;
        }
        return new LiteralAttribute(Span(nameStart, _pos), leading, name, value, _text.Substring(nameStart, _pos - nameStart));
    }

    // name={expr} or name={expr:format}; class:list, set:html and set:text take an expression without format.
    private AttributeNode ParseExpressionAttribute(int nameStart, string leading, string name)
    {
        var open = _pos;
        var scan = ScanAttributeHole(open);
        var span = Span(nameStart, _pos);
        if (name is "class:list" or "set:html" or "set:text")
        {
            var (directiveCode, directiveSpan) = TrimmedCode(open + 1, scan.Stop);
            return new DirectiveAttribute(span, leading, name, directiveCode, directiveSpan, AwaitFinder.ExpressionHasAwait(directiveCode));
        }

        var codeEnd = scan.FirstColon >= 0 ? scan.FirstColon : scan.Stop;
        var format = scan.FirstColon >= 0 ? _text.Substring(scan.FirstColon + 1, scan.Stop - scan.FirstColon - 1) : null;
        var (code, codeSpan) = TrimmedCode(open + 1, codeEnd);
        if (code.Length == 0)
        {
            throw Error(DiagnosticDescriptors.EmptyExpression, open, scan.Stop + 1);
        }
        return new ExpressionAttribute(span, leading, name, code, codeSpan, format, AwaitFinder.ExpressionHasAwait(code));
    }

    private AttributeNode ParseSpread(string leading)
    {
        var open = _pos;
        var scan = ScanAttributeHole(open);
        var (inner, _) = TrimmedCode(open + 1, scan.Stop);
        if (!inner.StartsWith("...", StringComparison.Ordinal))
        {
            throw Error(DiagnosticDescriptors.MalformedTag, open, open + 1, "{", "a '{' among attributes must be a spread '{...expr}' or follow 'name='");
        }
        var dots = _text.IndexOf("...", open + 1, StringComparison.Ordinal);
        var (code, codeSpan) = TrimmedCode(dots + 3, scan.Stop);
        if (code.Length == 0)
        {
            throw Error(DiagnosticDescriptors.EmptyExpression, open, scan.Stop + 1);
        }
        return new SpreadAttribute(Span(open, _pos), leading, code, codeSpan, AwaitFinder.ExpressionHasAwait(code));
    }

    // Scans an attribute's {...}: PAGE005 when unclosed, PAGE006 when empty; leaves _pos after the '}'.
    private CSharpScan ScanAttributeHole(int open)
    {
        var scan = CSharpScanner.Scan(_text, open + 1, '}');
        if (!scan.Found)
        {
            throw Error(DiagnosticDescriptors.UnclosedExpression, open, open + 1);
        }
        if (!scan.HasCode)
        {
            throw Error(DiagnosticDescriptors.EmptyExpression, open, scan.Stop + 1);
        }
        _pos = scan.Stop + 1;
        return scan;
    }

    // Component props are typed: a spread or class:list cannot be mapped to them (docs/components.md).
    private void CheckComponentAttributes(string name, List<AttributeNode> attributes)
    {
        foreach (var attribute in attributes)
        {
            var text = attribute switch
            {
                SpreadAttribute => "{...}",
                DirectiveAttribute { Directive: "class:list" } => "class:list",
                _ => null,
            };
            if (text is not null)
            {
                throw new TemplateError(DiagnosticInfo.Create(DiagnosticDescriptors.UntypedComponentAttribute, _filePath, attribute.Span, text, name));
            }
        }
    }

    // set:html/set:text replace the content: children are an error, whitespace-only children are dropped.
    private EquatableArray<TemplateNode> CheckSetDirective(int lt, int nameEnd, string name, List<AttributeNode> attributes, EquatableArray<TemplateNode> children)
    {
        foreach (var attribute in attributes)
        {
            if (attribute is DirectiveAttribute { Directive: "set:html" or "set:text" } directive && !children.IsEmpty)
            {
                foreach (var child in children)
                {
                    if (child is not TextNode text || text.Text.Trim().Length > 0)
                    {
                        throw Error(DiagnosticDescriptors.ContentWithSetDirective, lt, nameEnd, name, directive.Directive);
                    }
                }
                return EquatableArray<TemplateNode>.Empty;
            }
        }
        return children;
    }

    private string? SlotName(List<AttributeNode> attributes)
    {
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case LiteralAttribute { Name: "name" } literal:
                    return literal.Value;
                case ExpressionAttribute { Name: "name" } expression:
                    throw new TemplateError(DiagnosticInfo.Create(DiagnosticDescriptors.MisplacedSlotAttribute, _filePath, expression.Span,
                        "The name of a <slot> must be a literal: <slot name=\"x\">"));
            }
        }
        return null;
    }

    // slot="y" on a <slot>: forwards the slot to a child component's slot y (placement is checked after the parse).
    private LiteralAttribute? SlotForward(List<AttributeNode> attributes)
    {
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case LiteralAttribute { Name: "slot", Value: not null } literal:
                    return literal;
                case LiteralAttribute { Name: "slot" } or ExpressionAttribute { Name: "slot" }:
                    throw new TemplateError(DiagnosticInfo.Create(DiagnosticDescriptors.MisplacedSlotAttribute, _filePath, attribute.Span,
                        "The slot a <slot> is passed on to must be a literal: <slot name=\"x\" slot=\"y\" />"));
            }
        }
        return null;
    }

    private string ReadTagName(int start)
    {
        var end = start;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '-' or '_' or '.' or ':'))
        {
            end++;
        }
        return _text.Substring(start, end - start);
    }

    // An end tag at lt: "</name" then optional whitespace and '>'; PAGE013 when the '>' is missing.
    private void ReadEndTag(int lt, out string name, out int end)
    {
        name = ReadTagName(lt + 2);
        var gt = SkipWhitespace(lt + 2 + name.Length);
        if (At(gt) != '>')
        {
            throw Error(DiagnosticDescriptors.MalformedTag, lt, lt + 2 + name.Length, "/" + name, "the end tag is never closed by '>'");
        }
        end = gt + 1;
    }
}
