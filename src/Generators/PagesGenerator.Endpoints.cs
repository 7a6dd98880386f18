using System;
using System.Linq;
using Microsoft.CodeAnalysis;
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
        // Each [Endpoint] class as plain data: found by syntax (EndpointParser.IsCandidate), confirmed by its symbol.
        var classes = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => EndpointParser.IsCandidate(node),
                static (syntax, ct) => StageGuard.Run(TrackingNames.EndpointClasses, syntax.Node.SyntaxTree.FilePath,
                    () => EndpointParser.Read(syntax, ct),
                    failure => EndpointClass.Failed(syntax.Node.SyntaxTree.FilePath, failure)))
            .Where(static endpoint => endpoint is not null)
            .Select(static (endpoint, _) => endpoint!)
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
