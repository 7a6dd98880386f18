using System.Linq;
using Pages.Generators.Mapping;
using Pages.Generators.Parsing;

namespace Pages.Generators.Emit;

// @if, @foreach/@for/@while and @switch become the same C# statements, headers mapped to the .page.
internal sealed partial class TemplateEmitter
{
    private void EmitIf(IfNode node)
    {
        // Conditions are evaluated before any branch writes, so one flush covers every awaiting condition.
        FlushBeforeAwait(node.Branches.Any(b => b.ConditionHasAwait));
        for (var i = 0; i < node.Branches.Count; i++)
        {
            var branch = node.Branches[i];
            if (branch.Condition is null)
            {
                _writer.Line("else");
            }
            else
            {
                LineMapping.Expression(_writer, FilePath, i == 0 ? "if (" : "else if (", branch.Condition, branch.ConditionSpan, ")");
            }
            EmitBlock(branch.Children);
        }
    }

    private void EmitLoop(LoopNode loop)
    {
        FlushBeforeAwait(loop.HeaderHasAwait);
        LineMapping.Expression(_writer, FilePath, loop.Keyword + " (", loop.Header, loop.HeaderSpan, ")");
        _writer.OpenBrace();
        EmitNodes(loop.Children);
        FlushLiteral();
        if (loop.HeaderHasAwait && loop.Keyword != "foreach")
        {
            // A for/while header that awaits runs again after each pass: send that pass's bytes first.
            _writer.Line($"await {_out}.FlushAsync();");
        }
        _writer.CloseBrace();
    }

    private void EmitSwitch(SwitchNode node)
    {
        FlushBeforeAwait(node.ExpressionHasAwait);
        LineMapping.Expression(_writer, FilePath, "switch (", node.Expression, node.ExpressionSpan, ")");
        _writer.OpenBrace();
        foreach (var section in node.Sections)
        {
            foreach (var label in section.Labels)
            {
                LineMapping.Expression(_writer, FilePath, "", label.Text, label.Span, ":");
            }
            // Each section is its own scope and ends with the implied break (no fall-through).
            _writer.OpenBrace();
            EmitNodes(section.Children);
            FlushLiteral();
            _writer.Line("break;");
            _writer.CloseBrace();
        }
        _writer.CloseBrace();
    }

    private void EmitBlock(Model.EquatableArray<TemplateNode> children)
    {
        _writer.OpenBrace();
        EmitNodes(children);
        FlushLiteral();
        _writer.CloseBrace();
    }
}
