using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pages.Generators.Emit;
using Pages.Generators.Model;
using Pages.Generators.Parsing;
using Pages.Generators.Pipeline;
using Pages.Generators.Project;
using Pages.Generators.References;
using Pages.Generators.Routing;

namespace Pages.Generators;

/// <summary>
/// Compiles <c>.page</c> files into C# classes and the assembly's route table. Each stage's output is an
/// equatable record (no symbols, no syntax nodes), so editing one page re-runs only that page's stages.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class PagesGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // `global using Pages;` before anything else, so the generator's own view of the user's code binds
        // `[Endpoint]` (the semantic model a syntax provider hands over sees post-initialization output, not later output).
        context.RegisterPostInitializationOutput(static post => post.AddSource(GlobalUsingEmitter.HintName, GlobalUsingEmitter.Source));

        // Project settings (root namespace, pages root, output mode): shared by every page.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // The assembly name names the manifest's namespace; a string, so it caches across edits.
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? "App")
            .WithTrackingName(TrackingNames.AssemblyName);

        // Each .page file's text: the only input a page's own stages depend on.
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".page", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, ct) => new PageFile(text.Path, text.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(TrackingNames.PageFiles);

        // Text to syntax tree: the expensive step, independent of every other file and setting.
        var parsed = files
            .Select(static (file, ct) => new ParsedPage(file.Path, StageGuard.Run(TrackingNames.Parse, file.Path,
                () => PageParser.Parse(file.Path, file.Text, ct),
                failure => new PageSyntax(FrontmatterSyntax.Empty, EquatableArray<TemplateNode>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure })))))
            .WithTrackingName(TrackingNames.Parse);

        // Syntax to model: kind, namespace, class name, route.
        var models = parsed.Combine(options)
            .Select(static (pair, _) => StageGuard.Run(TrackingNames.Model, pair.Left.Path,
                () => PageModelBuilder.Build(pair.Left.Path, pair.Left.Syntax, pair.Right),
                failure => PageModel.Failed(pair.Left.Path, pair.Left.Syntax, failure)))
            .WithTrackingName(TrackingNames.Model);

        // The project's components by short name: every page qualifies same-project tags with them.
        var components = models
            .Where(static model => model.Kind == PageKind.Component)
            .Select(static (model, _) => new ComponentRef(model.ClassName, model.Namespace))
            .Collect()
            .Select(static (refs, _) => refs.OrderBy(r => r.Namespace, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Components);

        var emitInput = models.Combine(components).WithTrackingName(TrackingNames.EmitInput);
        context.RegisterSourceOutput(emitInput, static (spc, pair) => EmitPage(spc, pair.Left, pair.Right));

        // [Endpoint] classes under the pages root (docs/on-demand.md, endpoints): their routes join the pages' in one table.
        var endpoints = EndpointPipeline(context, options);

        // Routes of all pages and endpoints, sorted and checked for collisions, become the manifest.
        var routeTable = models
            .Where(static model => model.Route is not null)
            .Select(static (model, _) => model.Route!)
            .WithTrackingName(TrackingNames.Routes)
            .CollectEquatable()
            .Pair(endpoints)
            .Select(static (pair, _) =>
            {
                var routes = pair.Left.Concat(pair.Right.Where(e => e.Route is not null).Select(e => e.Route!)).ToList();
                return StageGuard.Run(TrackingNames.RouteTable, routes.Count > 0 ? routes[0].FilePath : "",
                    () => RouteTable.Build(routes),
                    failure => new RouteTable(EquatableArray<RouteModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure })));
            })
            .WithTrackingName(TrackingNames.RouteTable);

        // MSBuild settings the runtime reads at export (build format, trailing slash): baked into the manifest.
        var manifestSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ManifestSettings.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.ManifestSettings);

        // Referenced assemblies built with Pages, as manifest type names: the app registers their pages too.
        // Read per reference, so an edit (a new compilation, the same references) reads none of them again.
        var pagesReferences = context.MetadataReferencesProvider
            .Select(static (reference, ct) => ReferencedManifests.Read(reference, ct))
            .WithTrackingName(TrackingNames.ReferencedManifest)
            .Collect()
            .Select(static (all, _) => all.Where(r => !ReferenceEquals(r, PagesReference.None)).ToEquatableArray());
        var referencedManifests = pagesReferences
            .Select(static (references, _) => ReferencedManifests.Combine(references))
            .WithTrackingName(TrackingNames.ReferencedManifests);

        // Pairs, not Combine's nested tuples: each tuple shape costs a cold build its own copy of the driver's code (Pipeline/Pair.cs).
        var manifestInput = routeTable.Pair(assemblyName).Pair(manifestSettings).Pair(referencedManifests);
        context.RegisterSourceOutput(manifestInput, static (spc, input) =>
        {
            var (((table, name), settings), referenced) = input;
            foreach (var diagnostic in table.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            StageGuard.Output(spc, OutputStages.ManifestSource, table.Routes.Count > 0 ? table.Routes[0].FilePath : "",
                () => spc.AddSource(ManifestEmitter.HintName, ManifestEmitter.Emit(name, table.Routes, settings, referenced)));
        });

        // The Routes class and the literal-link check (PagesGenerator.Links.cs).
        LinksPipeline(context, parsed, routeTable, pagesReferences);
        // The project itself (SDK, target framework): warnings at the project file, re-checked only when they change.
        var projectSetup = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectSetup.From(provider.GlobalOptions))
            .Select(static (setup, _) => StageGuard.Run(TrackingNames.ProjectSetup, setup.ProjectPath,
                () => ProjectSetupCheck.Check(setup),
                failure => new EquatableArray<DiagnosticInfo>(new[] { failure })))
            .WithTrackingName(TrackingNames.ProjectSetup);
        context.RegisterSourceOutput(projectSetup, static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Content collections: [Collection] records and Content/<collection>/**/*.md (PagesGenerator.Content.cs).
        InitializeContent(context);
    }

    private static void EmitPage(SourceProductionContext context, PageModel model, EquatableArray<ComponentRef> components)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
        if (model.IsFailed)
        {
            return;
        }
        StageGuard.Output(context, OutputStages.PageSource, model.FilePath,
            () => context.AddSource(PageEmitter.HintName(model), PageEmitter.Emit(model, components)));
    }
}

/// <summary>A page's path and syntax tree: the output of the parse stage.</summary>
internal sealed record ParsedPage(string Path, PageSyntax Syntax);
