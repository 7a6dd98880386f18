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
                static (ctx, ct) => SafeParseEndpoint(ctx, ct))
            .WithTrackingName(TrackingNames.EndpointClasses);

        // The class's route from its file path, and its effective Prerender.
        var models = classes.Combine(options)
            .Select(static (pair, _) => EndpointModelBuilder.Build(pair.Left, pair.Right))
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

    /// <summary>A generator must never throw: an unexpected failure becomes PAGE099 naming the file.</summary>
    private static EndpointClass SafeParseEndpoint(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken ct)
    {
        try
        {
            return EndpointParser.Parse(context, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var path = context.TargetNode.SyntaxTree.FilePath;
            var span = new SourceSpan(0, 0, 1, 1, 1, 1);
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, span, path, ex.GetType().Name + ": " + ex.Message);
            return new EndpointClass(path, "", EquatableArray<EndpointHandlerModel>.Empty, null, false, span, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }
}
