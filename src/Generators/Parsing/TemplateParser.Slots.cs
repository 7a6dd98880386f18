using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

// Slot forwarding: <slot name="x" slot="y" /> means "pass my slot x on as the child's slot y", so it must stand
// directly inside a component tag; anywhere else the slot attribute would be silently lost.
internal sealed partial class TemplateParser
{
    /// <summary>The first <c>&lt;slot slot="y"&gt;</c> that is not directly inside a component tag, or <see langword="null"/>.</summary>
    private static SlotNode? MisplacedForward(EquatableArray<TemplateNode> nodes, bool insideComponent)
    {
        foreach (var node in nodes)
        {
            var found = node switch
            {
                SlotNode { Forward: not null } slot when !insideComponent => slot,
                SlotNode slot => MisplacedForward(slot.Fallback, false),
                ComponentNode component => MisplacedForward(component.Children, true),
                ElementNode element => MisplacedForward(element.Children, false),
                FragmentNode fragment => MisplacedForward(fragment.Children, false),
                IfNode conditional => FirstInBranches(conditional),
                LoopNode loop => MisplacedForward(loop.Children, false),
                SwitchNode choice => FirstInSections(choice),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    private static SlotNode? FirstInBranches(IfNode conditional)
    {
        foreach (var branch in conditional.Branches)
        {
            if (MisplacedForward(branch.Children, false) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static SlotNode? FirstInSections(SwitchNode choice)
    {
        foreach (var section in choice.Sections)
        {
            if (MisplacedForward(section.Children, false) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private TemplateError MisplacedForwardError(SlotNode slot)
        => new(DiagnosticInfo.Create(DiagnosticDescriptors.MisplacedSlotAttribute, _filePath, slot.Forward!.Span,
            $"slot=\"{slot.ForwardAs}\" on a <slot> passes it on to a component: put the <slot> directly inside the component's tag"));
}
