using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pages.Generators.Endpoints;
using Pages.Generators.Model;

namespace Pages.Generators;

// The endpoint branch of the pipeline: [Endpoint] classes in .cs files under the pages root.
public sealed partial class PagesGenerator
{
    private static IncrementalValueProvider<EquatableArray<EndpointModel>> EndpointPipeline(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<GeneratorOptions> options)
    {
        // Each [Endpoint] class as plain data: Roslyn re-runs this only for the files that changed.
        var classes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "Pages.EndpointAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => StageGuard.Run(TrackingNames.EndpointClasses, ctx.TargetNode.SyntaxTree.FilePath,
                    () => EndpointParser.Parse(ctx, ct),
                    failure => EndpointClass.Failed(ctx.TargetNode.SyntaxTree.FilePath, failure)))
            .WithTrackingName(TrackingNames.EndpointClasses);

        // The class's route from its file path, and its effective Prerender.
        var models = classes.Combine(options)
            .Select(static (pair, _) => StageGuard.Run(TrackingNames.EndpointModels, pair.Left.FilePath,
                () => EndpointModelBuilder.Build(pair.Left, pair.Right),
                failure => new EndpointModel(pair.Left.TypeName, EquatableArray<EndpointHandlerModel>.Empty, false, false, null,
                    pair.Left.Diagnostics.Append(failure).ToEquatableArray())))
            .WithTrackingName(TrackingNames.EndpointModels);

        context.RegisterSourceOutput(models, static (spc, model) =>
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // All endpoints in a stable order, for the route table and the manifest.
        return models
            .Collect()
            .Select(static (all, _) => all.OrderBy(m => m.TypeName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Endpoints);
    }
}
