using System;
using System.Collections.Generic;
using System.Net;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// Finds the literal root-relative links of a template (<c>href="/about"</c>, <c>src="/logo.svg"</c>,
/// <c>action="/search"</c> on HTML elements) with the span of each value, for the build-time link check.
/// Expressions (<c>href={...}</c>), external URLs (<c>https:</c>, <c>//cdn</c>, <c>mailto:</c>) and relative ones
/// (<c>../x</c>, <c>#top</c>) are left alone: only a URL that starts with one <c>/</c> names a path of this app.
/// </summary>
internal static class LinkFinder
{
    private static readonly HashSet<string> s_linkAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action" };

    /// <summary>The links of <paramref name="template"/>, in source order.</summary>
    /// <param name="template">A parsed template.</param>
    /// <returns>Each literal root-relative link and the span of its value.</returns>
    public static EquatableArray<LiteralLink> Find(EquatableArray<TemplateNode> template)
    {
        var links = new List<LiteralLink>();
        Walk(template, links);
        return links.ToEquatableArray();
    }

    /// <summary>True for a URL that names a path of this app: one leading <c>/</c>, not <c>//host</c> or <c>/\host</c>.</summary>
    /// <param name="url">An attribute value.</param>
    public static bool IsRootRelative(string url)
        => url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static void Walk(EquatableArray<TemplateNode> nodes, List<LiteralLink> links)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ElementNode element:
                    foreach (var attribute in element.Attributes)
                    {
                        if (attribute is LiteralAttribute { Value: { } value } literal && s_linkAttributes.Contains(literal.Name))
                        {
                            var url = WebUtility.HtmlDecode(value).Trim();
                            if (IsRootRelative(url))
                            {
                                links.Add(new LiteralLink(url, ValueSpan(literal)));
                            }
                        }
                    }

                    Walk(element.Children, links);
                    break;
                case ComponentNode component:
                    Walk(component.Children, links);
                    break;
                case FragmentNode fragment:
                    Walk(fragment.Children, links);
                    break;
                case SlotNode slot:
                    Walk(slot.Fallback, links);
                    break;
                case IfNode conditional:
                    foreach (var branch in conditional.Branches)
                    {
                        Walk(branch.Children, links);
                    }

                    break;
                case LoopNode loop:
                    Walk(loop.Children, links);
                    break;
                case SwitchNode choice:
                    foreach (var section in choice.Sections)
                    {
                        Walk(section.Children, links);
                    }

                    break;
            }
        }
    }

    /// <summary>The span of the attribute's value inside its quotes, counted from the attribute's own span.</summary>
    private static SourceSpan ValueSpan(LiteralAttribute attribute)
    {
        var raw = attribute.RawText;
        var start = raw.IndexOf('=') + 1;
        while (start < raw.Length && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }

        if (start < raw.Length && raw[start] is '"' or '\'')
        {
            start++;
        }

        var end = Math.Min(raw.Length, start + attribute.Value!.Length);
        var (line, column) = Advance(raw, 0, start, attribute.Span.Line, attribute.Span.Column);
        var (endLine, endColumn) = Advance(raw, start, end, line, column);
        return new SourceSpan(attribute.Span.Start + start, attribute.Span.Start + end, line, column, endLine, endColumn);
    }

    private static (int Line, int Column) Advance(string text, int from, int to, int line, int column)
    {
        // Line ends as LineMap (and Roslyn) count them.
        for (var i = from; i < to; i++)
        {
            var length = LineMap.LineBreakLength(text, i, to);
            if (length > 0)
            {
                i += length - 1;
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
