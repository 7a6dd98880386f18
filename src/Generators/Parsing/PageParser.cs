using System;
using System.Collections.Generic;
using System.Threading;
using Pages.Generators.Model;

namespace Pages.Generators.Parsing;

/// <summary>
/// Turns the text of a .page file into its syntax tree: the frontmatter split by modifiers and the template
/// nodes, with positions in the file. Never throws for any input: mistakes become diagnostics (the first
/// template error stops the template parse, so one mistake gives one diagnostic).
/// </summary>
internal static class PageParser
{
    /// <summary>Parses <paramref name="text"/>, the content of the .page file at <paramref name="filePath"/>.</summary>
    /// <remarks>Only cancellation of <paramref name="ct"/> throws (<see cref="OperationCanceledException"/>).</remarks>
    public static PageSyntax Parse(string filePath, string text, CancellationToken ct = default)
    {
        filePath ??= string.Empty;
        text ??= string.Empty;
        var map = new LineMap(text);
        try
        {
            var frontmatter = FrontmatterSplitter.Split(filePath, text, map, ct);
            var diagnostics = new List<DiagnosticInfo>(frontmatter.Diagnostics);
            if (!frontmatter.IsClosed)
            {
                return new PageSyntax(frontmatter.Syntax, EquatableArray<TemplateNode>.Empty, diagnostics.ToEquatableArray());
            }

            var template = TemplateParser.Parse(filePath, text, map, frontmatter.BodyStart, ct, out var templateError);
            if (templateError is not null)
            {
                diagnostics.Add(templateError);
            }
            return new PageSyntax(frontmatter.Syntax, template, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A parser bug must not take the build down: report it where the user can see it.
            // The parser keeps this promise itself (the language server and tests call it directly); StageGuard builds the PAGE099.
            var internalError = StageGuard.InternalError(TrackingNames.Parse, filePath, ex);
            return new PageSyntax(FrontmatterSyntax.Empty, EquatableArray<TemplateNode>.Empty, new EquatableArray<DiagnosticInfo>(new[] { internalError }));
        }
    }
}
