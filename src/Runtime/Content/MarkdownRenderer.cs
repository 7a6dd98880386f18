using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Pages;

/// <summary>
/// Renders content Markdown with Markdig: advanced extensions (tables, footnotes, task lists, auto links...),
/// heading ids by GitHub's rules, raw HTML passed through, as Astro does.
/// </summary>
internal static class MarkdownRenderer
{
    // GitHub-style ids first: UseAdvancedExtensions adds the auto-identifier extension only if it is absent.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .Build();

    /// <summary>Parses <paramref name="markdown"/> once and returns its HTML and headings.</summary>
    public static RenderedMarkdown Render(string markdown)
    {
        MarkdownDocument document = Markdown.Parse(markdown, Pipeline);
        var headings = new List<ContentHeading>();
        foreach (HeadingBlock heading in document.Descendants<HeadingBlock>())
        {
            var text = new StringBuilder();
            AppendText(heading.Inline, text);
            headings.Add(new ContentHeading(heading.Level, heading.TryGetAttributes()?.Id ?? "", text.ToString().Trim()));
        }

        return new RenderedMarkdown(new HtmlString(document.ToHtml(Pipeline)), headings);
    }

    private static void AppendText(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }

        foreach (Inline inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    AppendText(nested, text);
                    break;
            }
        }
    }
}
