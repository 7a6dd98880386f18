using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Build;
using Pages.Generators;
using Pages.Generators.Content;
using Pages.Generators.Model;

namespace Bench.Generator;

/// <summary>
/// The generator over a content collection (issue 11, the clean build of a 4,000-post site): the export benchmark's
/// site as the compiler sees it — two pages, the <c>Post</c> schema, and the one frontmatter file the build task writes
/// (<see cref="FrontmatterBundle"/>), made here from a folder of <c>.md</c> files (<c>benchmarks/Export/corpus.mjs</c>).
/// Prints the cold run (first in the process: what a clean build without a compiler server pays), a fresh driver in the
/// warm process, each content stage on its own (warm), and the size of what the content emits.
/// </summary>
public static class ContentBenchmark
{
    private const string Schema = """
        namespace PagesSite;

        [global::Pages.Collection("posts")]
        public sealed record Post(string Title, DateTime Date, string[] Tags);
        """;

    private const string IndexPage = """
        ---
        var posts = Content.GetCollection<Post>("posts").OrderByDescending(post => post.Data.Date);
        ---
        <ul>@foreach (var post in posts) {<li><a href={$"/posts/{post.Id}/"}>{post.Data.Title}</a></li>}</ul>
        """;

    private const string PostPage = """
        ---
        record Props(ContentEntry<Post> Post);

        public static IEnumerable<StaticPath<Props>> GetStaticPaths() =>
            Content.GetCollection<Post>("posts").Select(post => new StaticPath<Props>(new() { ["slug"] = post.Id }, new Props(post)));

        var post = props.Post;
        ---
        <article><h1>{post.Data.Title}</h1><ul>@foreach (var tag in post.Data.Tags) {<li>{tag}</li>}</ul>{post.Html}</article>
        """;

    private const string FrontmatterFile = SyntheticProject.ProjectDir + "obj/Release/net10.0/pages-frontmatter/frontmatter.txt";

    /// <param name="folder">The collection's <c>.md</c> files (every <c>*.md</c> directly in it).</param>
    /// <param name="compilation">The app's compilation without the schema (framework and runtime references).</param>
    /// <param name="coldOnly">Stop after the cold run.</param>
    public static int Run(string folder, CSharpCompilation compilation, CSharpParseOptions parseOptions, bool coldOnly)
    {
        var bundle = new StringBuilder();
        string[] files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToArray();
        foreach (string file in files)
        {
            FrontmatterBundle.Append(bundle, "posts/" + Path.GetFileName(file), FrontmatterBundle.Extract(File.ReadAllText(file)));
        }

        var properties = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "PagesSite",
            ["build_property.ProjectDir"] = SyntheticProject.ProjectDir,
            ["build_property.PagesRoot"] = "Pages",
            ["build_property.PagesOutput"] = "static",
            ["build_property.PagesFrontmatterFile"] = FrontmatterFile,
        };
        AdditionalText[] texts =
        [
            new InMemoryPage(SyntheticProject.ProjectDir + "Pages/index.page", IndexPage),
            new InMemoryPage(SyntheticProject.ProjectDir + "Pages/posts/[slug].page", PostPage),
            new InMemoryPage(FrontmatterFile, bundle.ToString()),
        ];
        compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Schema, parseOptions));
        // As csc hands it to the generators, the parse stage's diagnostics reported (see Program.cs).
        _ = compilation.GetParseDiagnostics();
        GeneratorDriver NewDriver(bool track) => CSharpGeneratorDriver.Create(
            [new PagesGenerator().AsSourceGenerator()], texts, parseOptions, new ProjectOptions(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        ColdRun coldRun = ColdRun.Measure(() => NewDriver(track: false).RunGenerators(compilation));
        GeneratorDriverRunResult coldResult = coldRun.Driver.GetRunResult();
        Console.WriteLine($"content: {files.Length} entries from {folder}; frontmatter file {bundle.Length / 1024} KiB");
        Console.WriteLine($"cold: {coldRun.WallMs:F0} ms wall = {coldRun.WallMs * 1000 / Math.Max(1, files.Length):F1} µs per entry; CPU {coldRun.CpuMs:F0} ms; JIT {coldRun.JitMethods} methods, {coldRun.JitMs:F0} ms");
        Diagnostic[] errors = coldResult.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        foreach (Diagnostic error in errors.Take(5))
        {
            Console.Error.WriteLine(error);
        }
        if (coldOnly)
        {
            return errors.Length == 0 ? 0 : 1;
        }

        double warmMs = ColdRun.MedianMs(() => NewDriver(track: false).RunGenerators(compilation));
        Console.WriteLine($"warm process, fresh driver: median {warmMs:F0} ms of 5");

        GeneratorRunResult stepsRun = NewDriver(track: true).RunGenerators(compilation).GetRunResult().Results[0];
        Console.WriteLine("steps (warm, tracked): " + string.Join(", ", stepsRun.TrackedSteps
            .Concat(stepsRun.TrackedOutputSteps)
            .DistinctBy(step => step.Key)
            .Select(step => (step.Key, Ms: step.Value.Sum(run => run.ElapsedTime.TotalMilliseconds), Runs: step.Value.Length))
            .OrderByDescending(step => step.Ms)
            .Take(8)
            .Select(step => $"{step.Key} {step.Ms:F0} ms ({step.Runs} runs)")));

        // Each content stage on its own, warm: where the per-entry time goes.
        var options = new ContentOptions(SyntheticProject.ProjectDir, "Content", FrontmatterFile);
        string text = bundle.ToString();
        IReadOnlyList<ContentFile> contentFiles = ContentFile.FromAdditionalFile(FrontmatterFile, () => text, options);
        EquatableArray<CollectionSchema> schemas = new(new[]
        {
            SchemaOf(),
        });
        BoundEntry[] bound = contentFiles.Select(f => EntryBinder.Bind(f, schemas)).ToArray();
        string emitted = Pages.Generators.Emit.ContentEmitter.Emit("PagesSite", schemas.ToList(), bound);
        double splitMs = ColdRun.MedianMs(() => ContentFile.FromAdditionalFile(FrontmatterFile, () => text, options));
        double bindMs = ColdRun.MedianMs(() => { foreach (ContentFile file in contentFiles) { EntryBinder.Bind(file, schemas); } });
        double emitMs = ColdRun.MedianMs(() => Pages.Generators.Emit.ContentEmitter.Emit("PagesSite", schemas.ToList(), bound));
        double equalMs = ColdRun.MedianMs(() => { for (int i = 0; i < bound.Length; i++) { _ = bound[i].Equals(bound[(i + 1) % bound.Length]); } });
        Console.WriteLine($"stages (warm, median of 5): split the frontmatter file {splitMs:F1} ms, bind (YAML + schema) {bindMs:F1} ms, emit {emitMs:F1} ms, compare {equalMs:F1} ms");
        Console.WriteLine($"emitted: PagesContent.g.cs {Encoding.UTF8.GetByteCount(emitted)} bytes");
        Console.WriteLine($"generator-content: entries={files.Length} cold_ms={coldRun.WallMs:F0} cold_cpu_ms={coldRun.CpuMs:F0} cold_jit_methods={coldRun.JitMethods} warm_ms={warmMs:F0} bind_ms={bindMs:F0} emitted_bytes={Encoding.UTF8.GetByteCount(emitted)}");
        return errors.Length == 0 ? 0 : 1;
    }

    // The schema the generator reads from Post (SchemaReader needs a GeneratorSyntaxContext, which only the driver makes).
    private static CollectionSchema SchemaOf()
    {
        var text = SchemaType.Simple(SchemaKind.String, "string", false);
        var members = new EquatableArray<SchemaMember>(new[]
        {
            new SchemaMember("Title", text, true, false),
            new SchemaMember("Date", SchemaType.Simple(SchemaKind.DateTime, "global::System.DateTime", false), true, false),
            new SchemaMember("Tags", new SchemaType(SchemaKind.Array, "string[]", false, EquatableArray<string>.Empty, text, null), true, false),
        });
        return new CollectionSchema("posts", new RecordShape("global::PagesSite.Post", members), "Post.cs", new SourceSpan(0, 0, 1, 1, 1, 1), EquatableArray<DiagnosticInfo>.Empty);
    }
}
