using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection.PortableExecutable;
using Bench.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Generators;

// 1. Cold: the first run of the generator in this process (its code not yet jitted, as in the first build
//    a compiler server does) over 202 files; then fresh drivers in the warm process, median of several.
//    Which Roslyn runs it matters: benchmarks/generator.sh runs this program from `sdk-roslyn/`, where the build
//    put the SDK's own (ReadyToRun) Microsoft.CodeAnalysis, as the compiler server loads it; the plain output
//    directory has the NuGet package's JIT-only copy (`--package-roslyn`), whose own code the JIT compiles too.
// 2. Edit: a warm driver runs, one page's text changes, it runs again. Timed in a driver as the compiler runs one
//    (csc: trackIncrementalGeneratorSteps: false); a second driver with steps tracked (as the tests run one) makes
//    the same edit to count the emitted files whose source-output step ran again (New or Modified): must be 1.
// The output is compiled once (untimed) against ASP.NET Core and the runtime: the pages are real.
int pageCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
int warmRuns = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
// --after-framework-generators: the framework's generators run first in this process, as in a real build (an extra
// reading; the cold run alone stays the benchmark's figure).
bool afterFrameworkGenerators = args.Contains("--after-framework-generators");
// --cold-only: stop after the cold run, so that a JIT method list (DOTNET_JitStdOutFile, DOTNET_JitDisasmSummary=1)
// holds the cold run and the set-up before it, nothing else.
bool coldOnly = args.Contains("--cold-only");

var properties = new Dictionary<string, string>
{
    ["build_property.RootNamespace"] = "App",
    ["build_property.ProjectDir"] = SyntheticProject.ProjectDir,
    ["build_property.PagesRoot"] = "Pages",
    ["build_property.PagesOutput"] = "server",
};
var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
AdditionalText[] texts = SyntheticProject.Components()
    .Concat(Enumerable.Range(0, pageCount).Select(i => SyntheticProject.Page(i)))
    .Select(p => (AdditionalText)new InMemoryPage(SyntheticProject.ProjectDir + p.Path, p.Text))
    .ToArray();
CSharpCompilation compilation = CreateCompilation();
// --content <folder>: the content pipeline over a folder of .md files (ContentBenchmark) instead of the 200 pages.
int contentArgument = Array.IndexOf(args, "--content");

GeneratorDriver NewDriver(bool track) => CSharpGeneratorDriver.Create(
    [new PagesGenerator().AsSourceGenerator()], texts, parseOptions, new ProjectOptions(properties),
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

string before = "none";
if (afterFrameworkGenerators)
{
    long jitBeforeFramework = System.Runtime.JitInfo.GetCompiledMethodCount();
    var frameworkClock = Stopwatch.StartNew();
    (int generators, int generatedFiles) = FrameworkGenerators.Run(compilation, parseOptions);
    Console.WriteLine($"before the cold run: the framework's {generators} generators ran ({generatedFiles} files, {frameworkClock.Elapsed.TotalMilliseconds:F0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount() - jitBeforeFramework} methods jitted)");
    before = "framework-generators";
}

if (contentArgument >= 0)
{
    return ContentBenchmark.Run(args[contentArgument + 1], compilation, parseOptions, coldOnly);
}

// The compilation as the compiler hands it to the generators: csc reports the parse stage's diagnostics first
// (CommonCompiler.CompileAndEmit: compilation.GetDiagnostics(CompilationStage.Parse) before RunGenerators), which builds
// the compilation's syntax-tree state. Left to the cold run, that state (≈ 120 methods of Roslyn's own to JIT) was
// counted as the generator's.
_ = compilation.GetParseDiagnostics();

// Cold: the JIT's own count of what it compiled during the run, and the CPU time, besides the wall clock (ColdRun).
ColdRun coldRun = ColdRun.Measure(() => NewDriver(track: false).RunGenerators(compilation));
GeneratorDriver cold = coldRun.Driver;
double coldMs = coldRun.WallMs;
double coldCpuMs = coldRun.CpuMs;
long coldJitMethods = coldRun.JitMethods;
double coldJitMs = coldRun.JitMs;
double coldGeneratorMs = cold.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds;

if (coldOnly)
{
    Console.WriteLine($"cold: {coldMs:F0} ms wall = {coldMs / pageCount:F2} ms per page; CPU {coldCpuMs:F0} ms; JIT {coldJitMethods} methods, {coldJitMs:F0} ms; GC {coldRun.Collections} collections, {coldRun.AllocatedMiB:F1} MiB allocated");
    return 0;
}

// Warm process, fresh drivers.
var clock = Stopwatch.StartNew();
var warm = new List<double>();
for (int run = 0; run < warmRuns; run++)
{
    clock.Restart();
    NewDriver(track: false).RunGenerators(compilation);
    warm.Add(clock.Elapsed.TotalMilliseconds);
}

warm.Sort();
double warmMs = warm[warm.Count / 2];

// The output compiles.
NewDriver(track: false).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
GeneratorDriverRunResult coldResult = cold.GetRunResult();
Diagnostic[] errors = generatorDiagnostics
    .Concat(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
    .ToArray();
foreach (Diagnostic error in errors.Take(5))
{
    Console.Error.WriteLine(error);
}

// Edit one page in a warm driver, as the compiler server holds one: each edit a new text of the same page, timed.
int edited = 2 + pageCount / 2;
AdditionalText EditedPage(int revision) => new InMemoryPage(texts[edited].Path, SyntheticProject.Page(edited - 2, revision).Text);
GeneratorDriver host = NewDriver(track: false).RunGenerators(compilation);
AdditionalText current = texts[edited];
var edits = new List<double>();
long firstEditJitMethods = 0;
for (int revision = 1; revision <= warmRuns; revision++)
{
    AdditionalText next = EditedPage(revision);
    host = host.ReplaceAdditionalText(current, next);
    current = next;
    long jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
    clock.Restart();
    host = host.RunGenerators(compilation);
    edits.Add(clock.Elapsed.TotalMilliseconds);
    firstEditJitMethods = revision == 1 ? System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore : firstEditJitMethods;
}

double firstEditMs = edits[0];
edits.Sort();
double editMs = edits[edits.Count / 2];

// The same edit with steps tracked: which outputs ran again. Tracking records every step's inputs on each run
// (GeneratorRunStateTable.RecordStepTree): a cost only test drivers pay, so it is timed apart.
GeneratorDriver tracked = NewDriver(track: true).RunGenerators(compilation);
tracked = tracked.ReplaceAdditionalText(texts[edited], EditedPage(1));
clock.Restart();
tracked = tracked.RunGenerators(compilation);
double trackedEditMs = clock.Elapsed.TotalMilliseconds;
GeneratorRunResult editResult = tracked.GetRunResult().Results[0];
int reEmitted = editResult.TrackedOutputSteps
    .SelectMany(step => step.Value)
    .SelectMany(run => run.Outputs)
    .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

// Where the time goes: each pipeline step's total in a fresh tracked driver (warm process).
GeneratorRunResult stepsRun = NewDriver(track: true).RunGenerators(compilation).GetRunResult().Results[0];
string breakdown = string.Join(", ", stepsRun.TrackedSteps
    .Concat(stepsRun.TrackedOutputSteps)
    .DistinctBy(step => step.Key)
    .Select(step => (step.Key, Ms: step.Value.Sum(run => run.ElapsedTime.TotalMilliseconds)))
    .OrderByDescending(step => step.Ms)
    .Select(step => $"{step.Key} {step.Ms:F0} ms"));

// Inside Parse: the whole page parser versus Roslyn's parse of the frontmatters alone (script kind, as the splitter does).
string[] pageTexts = texts.Select(t => t.GetText()!.ToString()).ToArray();
string[] frontmatters = pageTexts.Select(t => t.Split("---\n")[1]).ToArray();
var scriptOptions = new CSharpParseOptions(LanguageVersion.Preview, kind: SourceCodeKind.Script);
double parseMs = ColdRun.MedianMs(() => { for (int i = 0; i < texts.Length; i++) { Pages.Generators.Parsing.PageParser.Parse(texts[i].Path, pageTexts[i]); } });
double roslynMs = ColdRun.MedianMs(() => { foreach (string code in frontmatters) { CSharpSyntaxTree.ParseText(code, scriptOptions).GetRoot(); } });
long parseBytes = AllocatedBy(() => { for (int i = 0; i < texts.Length; i++) { Pages.Generators.Parsing.PageParser.Parse(texts[i].Path, pageTexts[i]); } });
long roslynBytes = AllocatedBy(() => { foreach (string code in frontmatters) { CSharpSyntaxTree.ParseText(code, scriptOptions).GetRoot(); } });

// After the generator returns, the compiler parses every added source (the driver wraps each in a lazily parsed tree).
string[] generatedTexts = coldResult.GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
double generatedParseMs = ColdRun.MedianMs(() => { foreach (string code in generatedTexts) { CSharpSyntaxTree.ParseText(code, parseOptions).GetRoot(); } });
long generatedChars = generatedTexts.Sum(t => (long)t.Length);

int files = coldResult.GeneratedTrees.Length;
Console.WriteLine($"roslyn: {RoslynDescription()}");
Console.WriteLine($"generator: {GeneratorDescription()}");
Console.WriteLine($"files: {texts.Length} .page in, {files} generated; errors: {errors.Length}");
Console.WriteLine($"cold: {coldMs:F0} ms wall ({coldGeneratorMs:F0} ms in the generator by the driver's timing) = {coldMs / pageCount:F2} ms per page; CPU {coldCpuMs:F0} ms (all threads: the JIT's background tiering and the GC included)");
Console.WriteLine($"cold JIT: {coldJitMethods} methods compiled, {coldJitMs:F0} ms compiling; GC: {coldRun.Collections} collections, {coldRun.AllocatedMiB:F1} MiB allocated");
Console.WriteLine($"warm process, fresh driver: median {warmMs:F0} ms of {warmRuns} = {warmMs / pageCount:F2} ms per page");
Console.WriteLine($"steps (warm, tracked): {breakdown}");
Console.WriteLine($"parse (warm, median of 5): PageParser.Parse {parseMs:F0} ms for {texts.Length} files, of which Roslyn's parse of the frontmatters alone {roslynMs:F0} ms; allocated {parseBytes / 1024 / texts.Length} KiB per file, Roslyn's parse {roslynBytes / 1024 / texts.Length} KiB");
Console.WriteLine($"generated C#: {generatedChars / 1024} KiB; parsing it into syntax trees (the compiler's work once the generator returns; the driver's own parse of them is lazy): {generatedParseMs:F0} ms");
Console.WriteLine($"edit: one page changed, median {editMs:F1} ms of {warmRuns} (first {firstEditMs:F1} ms, {firstEditJitMethods} methods jitted); with steps tracked {trackedEditMs:F1} ms; source outputs re-emitted: {reEmitted}");
Console.WriteLine($"generator: ms_per_page={coldMs / pageCount:F2} edit_ms={editMs:F1} edit_outputs={reEmitted} roslyn={(IsReadyToRun(typeof(Compilation).Assembly.Location) ? "sdk" : "package")} image={(IsReadyToRun(typeof(PagesGenerator).Assembly.Location) ? "readytorun" : "il")} before={before}");
return errors.Length == 0 ? 0 : 1;

static string RoslynDescription()
{
    string location = typeof(Compilation).Assembly.Location;
    return $"Microsoft.CodeAnalysis {typeof(Compilation).Assembly.GetName().Version} from {Path.GetDirectoryName(location)}, "
        + (IsReadyToRun(location) ? "ReadyToRun (as the SDK's compiler server loads it)" : "IL only (its own code is jitted too)");
}

static string GeneratorDescription()
{
    string location = typeof(PagesGenerator).Assembly.Location;
    return $"Pages.Generators from {Path.GetDirectoryName(location)}, "
        + (IsReadyToRun(location) ? "ReadyToRun (the package's copy for a compiler on .NET on linux-x64)" : "IL only");
}

// A ReadyToRun image carries a managed native header in its CLI header.
static bool IsReadyToRun(string path)
{
    using var reader = new PEReader(File.OpenRead(path));
    return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
}

static long AllocatedBy(Action action)
{
    long before = GC.GetAllocatedBytesForCurrentThread();
    action();
    return GC.GetAllocatedBytesForCurrentThread() - before;
}

static CSharpCompilation CreateCompilation()
{
    // The running framework (ASP.NET Core included) and the Pages runtime, as an app compiles against them.
    string[] paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
    var references = paths.Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
        .Append(typeof(global::Pages.PageBase).Assembly.Location)
        .DistinctBy(Path.GetFileName)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
    const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.DependencyInjection;
        global using Pages;
        """;
    return CSharpCompilation.Create(
        "App",
        [CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.Preview))],
        references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
