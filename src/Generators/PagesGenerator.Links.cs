using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pages.Generators.Emit;
using Pages.Generators.Model;
using Pages.Generators.Parsing;
using Pages.Generators.Pipeline;
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
        // The project file, where a failure of this project-wide output is reported.
        var projectFile = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Project.ProjectSetup.From(provider.GlobalOptions).ProjectPath);
        var allRoutes = ownRoutes.Pair(referencedRoutes);
        var routesInput = allRoutes.Pair(routesSettings).Pair(projectFile);
        context.RegisterSourceOutput(routesInput, static (spc, input) =>
        {
            var (((own, referenced), settings), project) = input;
            StageGuard.Output(spc, OutputStages.RoutesSource, project,
                () => spc.AddSource(RoutesEmitter.HintName, RoutesEmitter.Emit(settings, own, referenced)));
        });

        var linkSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => LinkCheckSettings.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.LinkCheckSettings);

        // Files under the web root, by path only (never read): the package passes them as AdditionalFiles. All paths are
        // collected first and filtered once, not each paired with the settings: one step per file before the collection,
        // not four, and a page edit (same path) leaves the collected list as it was.
        var webRootFiles = context.AdditionalTextsProvider
            .Select(static (text, _) => text.Path.Replace('\\', '/'))
            .CollectEquatable()
            .Pair(linkSettings)
            .Select(static (input, _) => input.Left
                .Where(path => path.StartsWith(input.Right.WebRoot, StringComparison.Ordinal))
                .Select(path => path.Substring(input.Right.WebRoot.Length))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.WebRootFiles);

        var targets = allRoutes.Pair(webRootFiles)
            .Select(static (input, _) => new LinkTargets(input.Left.Left.Concat(input.Left.Right).ToEquatableArray(), input.Right))
            .WithTrackingName(TrackingNames.LinkTargets);

        // Each page's literal links, from its syntax alone: a page edit that keeps its links keeps this step cached.
        var pageLinks = parsed
            .Select(static (page, _) => StageGuard.Run(TrackingNames.PageLinks, page.Path,
                () => new PageLinks(page.Path, LinkFinder.Find(page.Syntax.Template)),
                failure => new PageLinks(page.Path, EquatableArray<LiteralLink>.Empty, failure)))
            .WithTrackingName(TrackingNames.PageLinks);

        // A separate stage per page: its links against the targets. A page edit re-checks that page only; a route
        // change re-checks every page (its links may now resolve, or no longer). The targets and settings are paired
        // once, and the check carries the settings on to the output: three steps per page, not seven.
        var checkedLinks = pageLinks.Combine(targets.Pair(linkSettings))
            .Select(static (input, _) => new Pair<EquatableArray<DiagnosticInfo>, LinkCheckSettings>(
                CheckLinks(input.Left, input.Right.Left, input.Right.Right), input.Right.Right))
            .WithTrackingName(TrackingNames.BrokenLinks);

        context.RegisterSourceOutput(checkedLinks, static (spc, input) =>
        {
            var (diagnostics, settings) = input;
            foreach (var diagnostic in diagnostics)
            {
                // The project's severity is PAGE050's only; a PAGE099 from these stages stays an error.
                spc.ReportDiagnostic(diagnostic.ToDiagnostic(diagnostic.Descriptor == DiagnosticDescriptors.BrokenLink ? settings.Severity : null));
            }
        });
    }

    private static EquatableArray<DiagnosticInfo> CheckLinks(PageLinks page, LinkTargets targets, LinkCheckSettings settings)
    {
        if (page.Failure is not null)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { page.Failure });
        }

        return settings.Severity is null
            ? EquatableArray<DiagnosticInfo>.Empty
            : StageGuard.Run(TrackingNames.BrokenLinks, page.FilePath,
                () => BrokenLinks.Find(page, targets, settings.WebRootName),
                failure => new EquatableArray<DiagnosticInfo>(new[] { failure }));
    }
}
