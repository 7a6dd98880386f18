using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pages.Generators.Emit;
using Pages.Generators.Model;
using Pages.Generators.Parsing;
using Pages.Generators.References;
using Pages.Generators.Routing;

namespace Pages.Generators;

// Links that cannot break (docs/routing.md#typed-links): the Routes class, and the build-time check of literal links.
public sealed partial class PagesGenerator
{
    private static void LinksPipeline(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ParsedPage> parsed,
        IncrementalValueProvider<RouteTable> routeTable,
        IncrementalValueProvider<EquatableArray<PagesReference>> references)
    {
        // The routes as links see them: unchanged by an edit that keeps every route's path, so what follows stays cached.
        var ownRoutes = routeTable
            .Select(static (table, _) => RouteTargets.From(table))
            .WithTrackingName(TrackingNames.RouteTargets);

        var referencedRoutes = references
            .Select(static (all, _) => ReferencedManifests.CombineRoutes(all))
            .WithTrackingName(TrackingNames.ReferencedRoutes);

        var routesSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => RoutesSettings.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.RoutesSettings);

        // The Routes class depends on the whole route table, and on nothing else a page edit changes.
        var routesInput = ownRoutes.Combine(referencedRoutes).Combine(routesSettings);
        context.RegisterSourceOutput(routesInput, static (spc, input) =>
        {
            var ((own, referenced), settings) = input;
            string source;
            try
            {
                source = RoutesEmitter.Emit(settings, own, referenced);
            }
            catch (Exception ex)
            {
                spc.ReportDiagnostic(InternalError(RoutesEmitter.HintName, ex).ToDiagnostic());
                return;
            }

            spc.AddSource(RoutesEmitter.HintName, source);
        });

        var linkSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => LinkCheckSettings.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.LinkCheckSettings);

        // Files under the web root, by path only (never read): the package passes them as AdditionalFiles.
        var webRootFiles = context.AdditionalTextsProvider
            .Select(static (text, _) => text.Path.Replace('\\', '/'))
            .Combine(linkSettings)
            .Where(static pair => pair.Left.StartsWith(pair.Right.WebRoot, StringComparison.Ordinal))
            .Select(static (pair, _) => pair.Left.Substring(pair.Right.WebRoot.Length))
            .Collect()
            .Select(static (files, _) => files.OrderBy(f => f, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.WebRootFiles);

        var targets = ownRoutes.Combine(referencedRoutes).Combine(webRootFiles)
            .Select(static (input, _) => new LinkTargets(input.Left.Left.Concat(input.Left.Right).ToEquatableArray(), input.Right))
            .WithTrackingName(TrackingNames.LinkTargets);

        // Each page's literal links, from its syntax alone: a page edit that keeps its links keeps this step cached.
        var pageLinks = parsed
            .Select(static (page, _) => SafeFindLinks(page))
            .WithTrackingName(TrackingNames.PageLinks);

        // A separate stage per page: its links against the targets. A page edit re-checks that page only; a route
        // change re-checks every page (its links may now resolve, or no longer).
        var checkedLinks = pageLinks.Combine(targets).Combine(linkSettings)
            .Select(static (input, _) => SafeCheckLinks(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.BrokenLinks);

        context.RegisterSourceOutput(checkedLinks.Combine(linkSettings), static (spc, input) =>
        {
            var (diagnostics, settings) = input;
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic(settings.Severity));
            }
        });
    }

    /// <summary>A generator must never throw: an unexpected failure becomes PAGE099 naming the file.</summary>
    private static PageLinks SafeFindLinks(ParsedPage page)
    {
        try
        {
            return new PageLinks(page.Path, LinkFinder.Find(page.Syntax.Template));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new PageLinks(page.Path, EquatableArray<LiteralLink>.Empty, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static EquatableArray<DiagnosticInfo> SafeCheckLinks(PageLinks page, LinkTargets targets, LinkCheckSettings settings)
    {
        if (page.Failure is not null)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { InternalError(page.FilePath, page.Failure) });
        }

        if (settings.Severity is null)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        try
        {
            return BrokenLinks.Find(page, targets, settings.WebRootName);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { InternalError(page.FilePath, ex) });
        }
    }

    private static DiagnosticInfo InternalError(string path, Exception ex)
        => InternalError(path, ex.GetType().Name + ": " + ex.Message);

    private static DiagnosticInfo InternalError(string path, string failure)
        => DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, new SourceSpan(0, 0, 1, 1, 1, 1), path, failure);
}
