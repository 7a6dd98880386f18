using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

// Control constructs (@if/else, @foreach, @for, @while, @switch) and the line rule: a line holding only a
// construct's own syntax (`@if (c) {`, `} else {`, `}`, `case X:`) writes nothing, so its indentation and its
// line end are left out of the neighbouring text nodes. Text inside blocks keeps its own whitespace exactly.
//
// `else` rule: an `else` continues an @if when it follows the if block's `}` (only whitespace or line breaks
// between). Elsewhere `else` is text, except `else {` or `else if (` at the start of a line (after indentation),
// or right after the `}` of another block: that is an `else` without its `@if` (PAGE010). Prose keeps its else.
internal sealed partial class TemplateParser
{
    /// <summary>At <c>@</c>: parses a control construct into <paramref name="list"/>, or returns false when the <c>@</c> is text.</summary>
    private bool TryParseDirective(NodeList list)
    {
        var at = _pos;
        if (IsIdentifierChar(At(at - 1)) || !(IsAsciiLetter(At(at + 1)) || At(at + 1) == '_'))
        {
            return false; // a@b.org, 100@, @ alone
        }
        var wordEnd = at + 1;
        while (IsIdentifierChar(At(wordEnd)))
        {
            wordEnd++;
        }
        var paren = wordEnd;
        while (At(paren) is ' ' or '\t')
        {
            paren++;
        }
        if (At(paren) != '(')
        {
            return false; // @media, @user: text
        }

        var keyword = _text.Substring(at + 1, wordEnd - at - 1);
        switch (keyword)
        {
            case "if":
                ParseIf(list, at, paren);
                return true;
            case "foreach":
            case "for":
            case "while":
                ParseLoop(list, at, keyword, paren);
                return true;
            case "switch":
                ParseSwitch(list, at, paren);
                return true;
            default:
                throw Error(DiagnosticDescriptors.UnknownDirective, at, wordEnd, keyword);
        }
    }

    private void ParseIf(NodeList list, int at, int paren)
    {
        var branches = new List<IfBranch>();
        var header = ParseOpener(list, at, "if", "condition", paren, out var bodyStart);
        var branchStart = at;
        string? condition = header.Code;
        var conditionSpan = header.Span;
        while (true)
        {
            var body = ParseBlockBody(at, "if", bodyStart);
            var close = _pos;
            if (condition is null || !MatchElse(close + 1, out var elseStart, out var elseBrace, out var elseParen))
            {
                // The chain ends here; an else after a final else is rejected like any stray else.
                var resume = CloseBody(body, close, close + 1);
                branches.Add(Branch(branchStart, close, condition, conditionSpan, body));
                RejectElse(close + 1);
                _pos = resume;
                Add(list, new IfNode(Span(at, close + 1), branches.ToEquatableArray()));
                list.TextStart = resume;
                return;
            }

            string? nextCondition = null;
            SourceSpan nextSpan = default;
            var braceEnd = elseBrace + 1;
            if (elseParen >= 0)
            {
                (nextCondition, nextSpan) = ParseHeader(elseStart, "if", "condition", elseParen, out braceEnd);
            }
            bodyStart = CloseBody(body, close, braceEnd);
            branches.Add(Branch(branchStart, close, condition, conditionSpan, body));
            branchStart = elseStart;
            condition = nextCondition;
            conditionSpan = nextSpan;
        }
    }

    private IfBranch Branch(int start, int close, string? condition, SourceSpan conditionSpan, NodeList body)
        => new(Span(start, close + 1), condition, conditionSpan, condition is not null && AwaitFinder.ExpressionHasAwait(condition), body.Nodes.ToEquatableArray());

    private void ParseLoop(NodeList list, int at, string keyword, int paren)
    {
        var header = ParseOpener(list, at, keyword, "header", paren, out var bodyStart);
        var body = ParseBlockBody(at, keyword, bodyStart);
        var close = _pos;
        var resume = CloseBody(body, close, close + 1);
        RejectElse(close + 1);
        _pos = resume;
        Add(list, new LoopNode(Span(at, close + 1), keyword, header.Code, header.Span,
            AwaitFinder.LoopHeaderHasAwait(keyword, header.Code), body.Nodes.ToEquatableArray()));
        list.TextStart = resume;
    }

    private void ParseSwitch(NodeList list, int at, int paren)
    {
        var header = ParseOpener(list, at, "switch", "expression", paren, out var bodyStart);
        EnterNesting(at);
        _blockDepth++;
        var blockBase = _openElements.Count;
        var sections = new List<SwitchSection>();

        // Only whitespace may stand between the '{' and the first label; it belongs to no section.
        var first = SkipWhitespace(bodyStart);
        if (first >= _text.Length)
        {
            throw Error(DiagnosticDescriptors.UnclosedBlock, at, at + 7, "switch");
        }
        if (_text[first] != '}' && !IsLabelAt(first))
        {
            throw Error(DiagnosticDescriptors.MalformedSwitchSection, first, first + 1, "markup comes before the first 'case' or 'default' label");
        }
        _pos = first;

        while (At(_pos) != '}')
        {
            var labels = new List<SwitchLabel>();
            var labelsStart = _pos;
            var labelEnd = ParseLabels(labels);
            var sectionStart = labelEnd;
            if (OnlyWhitespaceBefore(labelsStart, out _) && OnlyWhitespaceAfter(labelEnd, out var next))
            {
                sectionStart = next;
            }
            var section = new NodeList(sectionStart);
            _pos = sectionStart;
            var stop = ParseNodes(section, Scope.SwitchSection);
            CheckBlockStop(stop, at, "switch", blockBase);
            // The section ends at the next label or at the '}': drop that line's indentation when it stands alone.
            var end = _pos;
            var pieceEnd = stop == Stop.Label ? LabelsEnd(end) : end + 1;
            var alone = OnlyWhitespaceBefore(end, out var lineStart) && lineStart >= section.TextStart && OnlyWhitespaceAfter(pieceEnd, out _);
            FlushText(section, alone ? lineStart : end);
            sections.Add(new SwitchSection(labels.ToEquatableArray(), section.Nodes.ToEquatableArray()));
            _pos = end;
        }

        var close = _pos;
        var resume = OnlyWhitespaceAfter(close + 1, out var afterLine) && OnlyWhitespaceBefore(close, out _) ? afterLine : close + 1;
        _blockDepth--;
        _depth--;
        RejectElse(close + 1);
        _pos = resume;
        Add(list, new SwitchNode(Span(at, close + 1), header.Code, header.Span, AwaitFinder.ExpressionHasAwait(header.Code), sections.ToEquatableArray()));
        list.TextStart = resume;
    }

    // Parses stacked labels from _pos; returns the offset after the last label's ':'.
    private int ParseLabels(List<SwitchLabel> labels)
    {
        while (true)
        {
            var start = _pos;
            int colon;
            if (StartsWithWord(start, "default"))
            {
                colon = SkipWhitespace(start + 7);
            }
            else
            {
                var scan = CSharpScanner.Scan(_text, start + 4, '}', stopAtColon: true);
                if (!scan.StoppedAtColon)
                {
                    throw Error(DiagnosticDescriptors.MalformedSwitchSection, start, start + 4, "the 'case' label has no ':'");
                }
                colon = scan.Stop;
            }
            var textEnd = colon;
            while (textEnd > start && char.IsWhiteSpace(_text[textEnd - 1]))
            {
                textEnd--;
            }
            labels.Add(new SwitchLabel(Span(start, textEnd), _text.Substring(start, textEnd - start)));
            var next = SkipWhitespace(colon + 1);
            if (next < _text.Length && IsLabelAt(next))
            {
                _pos = next;
                continue;
            }
            return colon + 1;
        }
    }

    // The offset after the last ':' of the stacked labels starting at start (used only for the line rule).
    private int LabelsEnd(int start)
    {
        var saved = _pos;
        _pos = start;
        var end = ParseLabels(new List<SwitchLabel>());
        _pos = saved;
        return end;
    }

    /// <summary><c>case</c> followed by a non-identifier character, or <c>default</c> followed by <c>:</c>.</summary>
    private bool IsLabelAt(int i)
    {
        if (StartsWithWord(i, "case"))
        {
            return true;
        }
        return StartsWithWord(i, "default") && At(SkipWhitespace(i + 7)) == ':';
    }

    /// <summary>
    /// Parses <c>(header) {</c> of the construct at <paramref name="at"/>, applies the line rule to the opener line
    /// (flushing <paramref name="list"/>'s text before it) and returns the header with where the body starts.
    /// </summary>
    private (string Code, SourceSpan Span) ParseOpener(NodeList list, int at, string keyword, string what, int paren, out int bodyStart)
    {
        var header = ParseHeader(at, keyword, what, paren, out var braceEnd);
        var next = braceEnd;
        var alone = OnlyWhitespaceBefore(at, out var lineStart) && lineStart >= list.TextStart
            && OnlyWhitespaceAfter(braceEnd, out next);
        FlushText(list, alone ? lineStart : at);
        bodyStart = alone ? next : braceEnd;
        return header;
    }

    // "(header)" at paren, then whitespace and '{'; returns the trimmed header and the offset after the '{'.
    private (string Code, SourceSpan Span) ParseHeader(int at, string keyword, string what, int paren, out int braceEnd)
    {
        var scan = CSharpScanner.Scan(_text, paren + 1, ')');
        if (!scan.Found)
        {
            throw Error(DiagnosticDescriptors.MalformedDirective, at, paren + 1, keyword, what, "the '(' is never closed by ')'");
        }
        var header = TrimmedCode(paren + 1, scan.Stop);
        if (header.Code.Length == 0)
        {
            throw Error(DiagnosticDescriptors.MalformedDirective, at, scan.Stop + 1, keyword, what, $"the {what} is empty");
        }
        var brace = SkipWhitespace(scan.Stop + 1);
        if (At(brace) != '{')
        {
            throw Error(DiagnosticDescriptors.MalformedDirective, at, scan.Stop + 1, keyword, what, "expected '{' after the ')'");
        }
        braceEnd = brace + 1;
        return header;
    }

    // Parses a block's markup from bodyStart to its '}' (left at _pos); its text is still pending for CloseBody.
    private NodeList ParseBlockBody(int at, string keyword, int bodyStart)
    {
        EnterNesting(at);
        _blockDepth++;
        var blockBase = _openElements.Count;
        var body = new NodeList(bodyStart);
        _pos = bodyStart;
        var stop = ParseNodes(body, Scope.Block);
        CheckBlockStop(stop, at, keyword, blockBase);
        _blockDepth--;
        _depth--;
        return body;
    }

    private void CheckBlockStop(Stop stop, int at, string keyword, int blockBase)
    {
        switch (stop)
        {
            case Stop.Eof:
                throw Error(DiagnosticDescriptors.UnclosedBlock, at, at + 1 + keyword.Length, keyword);
            case Stop.EndTag:
                ReadEndTag(_pos, out var name, out var end);
                // An end tag of an element opened outside the block means the block was left open.
                for (var i = 0; i < blockBase; i++)
                {
                    if (string.Equals(_openElements[i], name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        throw Error(DiagnosticDescriptors.UnclosedBlock, at, at + 1 + keyword.Length, keyword);
                    }
                }
                throw Error(DiagnosticDescriptors.UnexpectedEndTag, _pos, end, name);
        }
    }

    /// <summary>
    /// Flushes a block body whose <c>}</c> is at <paramref name="close"/> and whose closing syntax (<c>}</c>, or
    /// <c>} else {</c>) ends at <paramref name="pieceEnd"/>. When that syntax stands alone on its lines, the
    /// indentation before the <c>}</c> and the line end after it are dropped. Returns where text resumes.
    /// </summary>
    private int CloseBody(NodeList body, int close, int pieceEnd)
    {
        var next = pieceEnd;
        var alone = OnlyWhitespaceBefore(close, out var lineStart) && lineStart >= body.TextStart
            && OnlyWhitespaceAfter(pieceEnd, out next);
        FlushText(body, alone ? lineStart : close);
        return alone ? next : pieceEnd;
    }

    // After a block that cannot take an else (a loop, a switch, an if that already has one): `else {` is PAGE010.
    private void RejectElse(int afterClose)
    {
        if (MatchElse(afterClose, out var elseStart, out _, out _))
        {
            throw Error(DiagnosticDescriptors.ElseWithoutIf, elseStart, elseStart + 4);
        }
    }

    /// <summary>
    /// After optional whitespace from <paramref name="i"/>: <c>else {</c> (<paramref name="brace"/> at the <c>{</c>)
    /// or <c>else if (</c> (<paramref name="paren"/> at the <c>(</c>, brace -1). Whitespace may hold line breaks.
    /// </summary>
    private bool MatchElse(int i, out int elseStart, out int brace, out int paren)
    {
        elseStart = SkipWhitespace(i);
        brace = -1;
        paren = -1;
        if (!StartsWithWord(elseStart, "else"))
        {
            return false;
        }
        var k = SkipWhitespace(elseStart + 4);
        if (At(k) == '{')
        {
            brace = k;
            return true;
        }
        if (k > elseStart + 4 && StartsWithWord(k, "if"))
        {
            var p = SkipWhitespace(k + 2);
            if (At(p) == '(')
            {
                paren = p;
                return true;
            }
        }
        return false;
    }

    // Only spaces or tabs between the start of i's line (or of the template) and i.
    private bool OnlyWhitespaceBefore(int i, out int lineStart)
    {
        var k = i;
        while (k > _bodyStart && _text[k - 1] is ' ' or '\t')
        {
            k--;
        }
        lineStart = k;
        return k <= _bodyStart || _text[k - 1] is '\n' or '\r';
    }

    // Only spaces or tabs from i to the end of its line; next is after the line break (or the end of the text).
    private bool OnlyWhitespaceAfter(int i, out int next)
    {
        var k = i;
        while (k < _text.Length && _text[k] is ' ' or '\t')
        {
            k++;
        }
        next = k;
        if (k >= _text.Length)
        {
            return true;
        }
        if (_text[k] == '\r')
        {
            next = At(k + 1) == '\n' ? k + 2 : k + 1;
            return true;
        }
        if (_text[k] == '\n')
        {
            next = k + 1;
            return true;
        }
        return false;
    }
}
