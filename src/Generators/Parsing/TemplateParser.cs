using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// Parses a template body (docs/language.md) into <see cref="TemplateNode"/>s: text, holes, elements, components,
/// slots, fragments and control constructs. Recursive descent over the text; the first error ends the parse
/// (one mistake, one diagnostic). Split by concern: this file holds the node loop, text and holes;
/// <c>.Elements.cs</c> the tags and attributes; <c>.Directives.cs</c> the control constructs and the line rule.
/// </summary>
internal sealed partial class TemplateParser
{
    // Nesting deeper than this (elements plus blocks) is reported instead of risking the stack.
    private const int MaxDepth = 400;

    private readonly string _filePath;
    private readonly string _text;
    private readonly LineMap _map;
    private readonly int _bodyStart;
    private readonly CancellationToken _ct;

    // Names of the elements open around the current position, innermost last.
    private readonly List<string> _openElements = new();

    private int _pos;
    private int _blockDepth;
    private int _depth;

    private TemplateParser(string filePath, string text, LineMap map, int bodyStart, CancellationToken ct)
    {
        _filePath = filePath;
        _text = text;
        _map = map;
        _bodyStart = bodyStart;
        _ct = ct;
        _pos = bodyStart;
    }

    /// <summary>
    /// Parses <paramref name="text"/> from <paramref name="bodyStart"/> to its end. Returns the nodes, or an empty
    /// array and the diagnostic of the first error.
    /// </summary>
    public static EquatableArray<TemplateNode> Parse(
        string filePath, string text, LineMap map, int bodyStart, CancellationToken ct, out DiagnosticInfo? diagnostic)
    {
        var parser = new TemplateParser(filePath, text, map, bodyStart, ct);
        try
        {
            var nodes = new NodeList(bodyStart);
            var stop = parser.ParseNodes(nodes, Scope.Top);
            switch (stop)
            {
                case Stop.CloseBrace:
                    throw parser.Error(DiagnosticDescriptors.StrayClosingBrace, parser._pos, parser._pos + 1);
                case Stop.EndTag:
                    parser.ReadEndTag(parser._pos, out var name, out var end);
                    throw parser.Error(DiagnosticDescriptors.UnexpectedEndTag, parser._pos, end, name);
            }
            parser.FlushText(nodes, text.Length);
            var template = nodes.Nodes.ToEquatableArray();
            if (MisplacedForward(template, insideComponent: false) is { } misplaced)
            {
                throw parser.MisplacedForwardError(misplaced);
            }
            diagnostic = null;
            return template;
        }
        catch (TemplateError error)
        {
            diagnostic = error.Diagnostic;
            return EquatableArray<TemplateNode>.Empty;
        }
    }

    /// <summary>
    /// Parses nodes into <paramref name="list"/> until something this loop cannot consume: the end of the text,
    /// an end tag, a <c>}</c>, or (in a switch section) a case label. Leaves <see cref="_pos"/> on it and the
    /// text before it pending in <paramref name="list"/>, so the caller can apply the line rule.
    /// </summary>
    private Stop ParseNodes(NodeList list, Scope scope)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            switch (c)
            {
                case '<':
                    if (StartsWith(_pos, "<!--"))
                    {
                        var end = _text.IndexOf("-->", _pos + 4, StringComparison.Ordinal);
                        if (end < 0)
                        {
                            throw Error(DiagnosticDescriptors.UnclosedComment, _pos, _pos + 4, "-->");
                        }
                        _pos = end + 3;
                        continue;
                    }
                    if (StartsWith(_pos, "<!"))
                    {
                        // <!DOCTYPE html> (any case), <![CDATA[...]> and the like are text up to their '>'.
                        var end = _text.IndexOf('>', _pos + 2);
                        if (end < 0)
                        {
                            throw Error(DiagnosticDescriptors.MalformedTag, _pos, _pos + 2, "!", "it is never closed by '>'");
                        }
                        _pos = end + 1;
                        continue;
                    }
                    if (At(_pos + 1) == '/' && IsAsciiLetter(At(_pos + 2)))
                    {
                        var name = ReadTagName(_pos + 2);
                        if (IsVoidElement(name) && !IsComponentName(name))
                        {
                            ReadEndTag(_pos, out _, out var end);
                            throw Error(DiagnosticDescriptors.VoidElementEndTag, _pos, end, name);
                        }
                        return Stop.EndTag;
                    }
                    if (IsAsciiLetter(At(_pos + 1)))
                    {
                        FlushText(list, _pos);
                        Add(list, ParseTag());
                        continue;
                    }
                    _pos++;
                    continue;
                case '{':
                    FlushText(list, _pos);
                    var hole = ParseHole();
                    if (hole is not null)
                    {
                        list.Nodes.Add(hole);
                    }
                    list.TextStart = _pos;
                    continue;
                case '}':
                    return Stop.CloseBrace;
                case '@':
                    if (!TryParseDirective(list))
                    {
                        _pos++;
                    }
                    continue;
                case 'e':
                    if (OnlyWhitespaceBefore(_pos, out _) && MatchElse(_pos, out _, out _, out _))
                    {
                        throw Error(DiagnosticDescriptors.ElseWithoutIf, _pos, _pos + 4);
                    }
                    _pos++;
                    continue;
                case 'c':
                case 'd':
                    if (scope == Scope.SwitchSection && IsWhitespace(list.TextStart, _pos) && IsLabelAt(_pos))
                    {
                        return Stop.Label;
                    }
                    _pos++;
                    continue;
                default:
                    _pos++;
                    continue;
            }
        }
        return Stop.Eof;
    }

    /// <summary>A hole at <c>{</c>: an <see cref="ExpressionNode"/>, or null for a template comment <c>{/* ... */}</c>.</summary>
    private ExpressionNode? ParseHole()
    {
        var open = _pos;
        var scan = CSharpScanner.Scan(_text, open + 1, '}');
        if (!scan.Found)
        {
            throw Error(DiagnosticDescriptors.UnclosedExpression, open, open + 1);
        }
        var close = scan.Stop;
        _pos = close + 1;
        if (!scan.HasCode)
        {
            if (IsWhitespace(open + 1, close))
            {
                throw Error(DiagnosticDescriptors.EmptyExpression, open, close + 1);
            }
            return null;
        }

        // As in C# interpolation the format starts at the first top-level ':' (not '::'), so {t:HH:mm} has format
        // "HH:mm"; a conditional must be parenthesized: {(a ? b : c)}.
        var codeEnd = scan.FirstColon >= 0 ? scan.FirstColon : close;
        var format = scan.FirstColon >= 0 ? _text.Substring(scan.FirstColon + 1, close - scan.FirstColon - 1) : null;
        var (code, codeSpan) = TrimmedCode(open + 1, codeEnd);
        if (code.Length == 0)
        {
            throw Error(DiagnosticDescriptors.EmptyExpression, open, close + 1);
        }
        return new ExpressionNode(Span(open, close + 1), code, codeSpan, format, AwaitFinder.ExpressionHasAwait(code));
    }

    // The C# text between start and end without surrounding whitespace, and its span.
    private (string Code, SourceSpan Span) TrimmedCode(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }
        return (_text.Substring(start, end - start), Span(start, end));
    }

    private void FlushText(NodeList list, int end)
    {
        if (end > list.TextStart)
        {
            list.Nodes.Add(new TextNode(Span(list.TextStart, end), _text.Substring(list.TextStart, end - list.TextStart)));
        }
        list.TextStart = Math.Max(list.TextStart, end);
    }

    private void Add(NodeList list, TemplateNode node)
    {
        list.Nodes.Add(node);
        list.TextStart = _pos;
    }

    private void EnterNesting(int at)
    {
        _ct.ThrowIfCancellationRequested();
        if (++_depth > MaxDepth)
        {
            // A limit of the language (the parser recurses), not a bug: its own diagnostic, not PAGE099.
            throw Error(DiagnosticDescriptors.NestingTooDeep, at, at + 1, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private SourceSpan Span(int start, int end) => _map.Span(start, end);

    private TemplateError Error(DiagnosticDescriptor descriptor, int start, int end, params string[] args)
        => new(DiagnosticInfo.Create(descriptor, _filePath, Span(start, Math.Min(end, _text.Length)), args));

    private char At(int i) => i >= 0 && i < _text.Length ? _text[i] : '\0';

    private bool StartsWith(int i, string value)
        => i + value.Length <= _text.Length && string.CompareOrdinal(_text, i, value, 0, value.Length) == 0;

    // The word at i, not followed by an identifier character.
    private bool StartsWithWord(int i, string word) => StartsWith(i, word) && !IsIdentifierChar(At(i + word.Length));

    private bool IsWhitespace(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private int SkipWhitespace(int i)
    {
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Where a <see cref="ParseNodes"/> loop stopped.</summary>
    private enum Stop
    {
        Eof,
        EndTag,
        CloseBrace,
        Label,
    }

    /// <summary>What the nodes being parsed belong to.</summary>
    private enum Scope
    {
        Top,
        Element,
        Block,
        SwitchSection,
    }

    /// <summary>Nodes parsed so far, and where the pending text run (not yet a <see cref="TextNode"/>) starts.</summary>
    private sealed class NodeList
    {
        public NodeList(int textStart) => TextStart = textStart;

        public List<TemplateNode> Nodes { get; } = new();

        public int TextStart { get; set; }
    }

    /// <summary>Carries the first error out of the recursion; caught in <see cref="Parse"/>, never escapes.</summary>
    private sealed class TemplateError : Exception
    {
        public TemplateError(DiagnosticInfo diagnostic) => Diagnostic = diagnostic;

        public DiagnosticInfo Diagnostic { get; }
    }
}
