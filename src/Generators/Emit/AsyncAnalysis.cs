using System.Linq;
using Pages.Generators.Model;
using Pages.Generators.Parsing;

namespace Pages.Generators.Emit;

/// <summary>
/// Decides whether a template needs an async render method: any <c>await</c> in its C#, any component
/// (components may await) or slot. Everything else gets the synchronous path, with no state machine.
/// </summary>
internal static class AsyncAnalysis
{
    public static bool NeedsAsync(EquatableArray<TemplateNode> nodes) => nodes.Any(NeedsAsync);

    private static bool NeedsAsync(TemplateNode node) => node switch
    {
        ExpressionNode expression => expression.HasAwait,
        ElementNode element => element.Attributes.Any(AttributeAwaits) || NeedsAsync(element.Children),
        ComponentNode => true,
        SlotNode => true,
        FragmentNode fragment => fragment.Attributes.Any(AttributeAwaits) || NeedsAsync(fragment.Children),
        IfNode ifNode => ifNode.Branches.Any(b => b.ConditionHasAwait || NeedsAsync(b.Children)),
        LoopNode loop => loop.HeaderHasAwait || NeedsAsync(loop.Children),
        SwitchNode switchNode => switchNode.ExpressionHasAwait || switchNode.Sections.Any(s => NeedsAsync(s.Children)),
        _ => false,
    };

    private static bool AttributeAwaits(AttributeNode attribute) => attribute switch
    {
        ExpressionAttribute expression => expression.HasAwait,
        SpreadAttribute spread => spread.HasAwait,
        DirectiveAttribute directive => directive.HasAwait,
        _ => false,
    };
}
