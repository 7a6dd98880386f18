using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pages.Generators.Content;
using Pages.Generators.Emit;
using Pages.Generators.Model;
using Pages.Generators.Pipeline;

namespace Pages.Generators;

/// <summary>
/// The content collection pipeline (docs/content.md): <c>[Collection]</c> records are the schemas, <c>Content/&lt;collection&gt;/**/*.md</c>
/// files are bound against them one by one, and all bound entries become one generated file.
/// </summary>
public sealed partial class PagesGenerator
{
    private static void InitializeContent(IncrementalGeneratorInitializationContext context)
    {
        // The content root: shared by every content file.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ContentOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.ContentOptions);

        // Every [Collection] record as plain data, sorted so that the first of two with one name wins everywhere.
        var schemas = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => SchemaReader.IsCandidate(node), static (syntax, ct) => StageGuard.Run(TrackingNames.CollectionSchemas, syntax.Node.SyntaxTree.FilePath,
                () => SchemaReader.Read(syntax, ct),
                failure => new CollectionSchema("", new RecordShape("", EquatableArray<SchemaMember>.Empty), failure.FilePath, failure.Span,
                    new EquatableArray<DiagnosticInfo>(new[] { failure }))))
            .Where(static schema => schema is not null)
            .Select(static (schema, _) => schema!)
            .WithTrackingName(TrackingNames.CollectionSchemas)
            .Collect()
            .Select(static (all, _) => all
                .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(s => s.FilePath, StringComparer.Ordinal)
                .ThenBy(s => s.AttributeSpan.Start)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.CollectionSchemaSet);

        // Each .md file under a collection folder, with its id and resource name, from the one frontmatter file the build
        // writes (or, under dotnet watch, from the .md files themselves); other files are not content. An edit to one
        // frontmatter changes one of the records, and only that entry is bound again below.
        // The .page files, most of the additional files, are never content: they leave before the per-file steps.
        var files = context.AdditionalTextsProvider
            .Where(static text => !text.Path.EndsWith(".page", StringComparison.OrdinalIgnoreCase))
            .Pair(options)
            .SelectMany(static (pair, ct) => ContentFile.FromAdditionalFile(pair.Left.Path, () => pair.Left.GetText(ct)?.ToString() ?? "", pair.Right))
            .WithTrackingName(TrackingNames.ContentFiles);

        // YAML to C#, one file at a time: editing one post re-binds only that post.
        var entries = files.Combine(schemas)
            .Select(static (pair, _) => StageGuard.Run(TrackingNames.ContentEntries, pair.Left.Path,
                () => EntryBinder.Bind(pair.Left, pair.Right),
                failure => new BoundEntry(pair.Left.Collection, pair.Left.Id, pair.Left.Path, pair.Left.ResourceName, 0, null, null,
                    new EquatableArray<DiagnosticInfo>(new[] { failure }))))
            .WithTrackingName(TrackingNames.ContentEntries);

        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? "App")
            .WithTrackingName(TrackingNames.ContentAssemblyName);

        // Pairs of classes, not nested tuples holding an ImmutableArray and a bool: fewer shapes of the driver's generic code to JIT.
        var all = entries.CollectEquatable().Pair(schemas).Pair(assemblyName).WithTrackingName(TrackingNames.ContentEmitInput);
        context.RegisterSourceOutput(all, static (spc, input) => EmitContent(spc, input.Left.Left, input.Left.Right, input.Right));
    }

    private static void EmitContent(SourceProductionContext context, EquatableArray<BoundEntry> entries, EquatableArray<CollectionSchema> schemas, string assemblyName)
    {
        var fileStart = new SourceSpan(0, 0, 1, 1, 1, 1);
        var usable = new List<CollectionSchema>();
        foreach (var schema in schemas)
        {
            foreach (var diagnostic in schema.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            var first = usable.FirstOrDefault(s => string.Equals(s.Name, schema.Name, StringComparison.OrdinalIgnoreCase));
            if (first is not null)
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCollection, schema.FilePath, schema.AttributeSpan, schema.Name, first.Shape.TypeName).ToDiagnostic());
            }
            else if (schema.Name.Length > 0)
            {
                usable.Add(schema);
            }
        }

        var valid = new List<BoundEntry>();
        var ids = new Dictionary<(string, string), string>();
        var warned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.OrderBy(e => e.FilePath, StringComparer.Ordinal))
        {
            foreach (var diagnostic in entry.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
            if (entry.SchemaTypeName is null)
            {
                if (warned.Add(entry.Collection))
                {
                    context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.ContentFolderWithoutSchema, entry.FilePath, fileStart, entry.Collection).ToDiagnostic());
                }
                continue;
            }
            var key = (entry.Collection, entry.Id);
            if (ids.TryGetValue(key, out var other))
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateContentId, entry.FilePath, fileStart, entry.Id, other).ToDiagnostic());
                continue;
            }
            ids[key] = entry.FilePath;
            if (entry.IsValid)
            {
                valid.Add(entry);
            }
        }

        // A schema with errors is not emitted: the build fails on its diagnostics, not on a cascade in generated code.
        var emitted = usable.Where(s => s.Diagnostics.Count == 0).ToList();
        if (emitted.Count == 0)
        {
            return;
        }
        StageGuard.Output(context, OutputStages.ContentSource, emitted[0].FilePath,
            () => context.AddSource(ContentEmitter.HintName, ContentEmitter.Emit(assemblyName, emitted, valid)));
    }
}
