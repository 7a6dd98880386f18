namespace Pages;

/// <summary>The markup of one slot, as generated code writes it: a parent's children rendered into a component.</summary>
/// <param name="writer">The writer to render into.</param>
/// <returns>A task that completes when the slot content is written.</returns>
public delegate ValueTask SlotContent(HtmlWriter writer);
