using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bench.Render;

// `--check` only compares the engines' bytes; `--alloc` also counts the bytes each allocates per render; anything else runs the check, then BenchmarkDotNet with
// the remaining arguments (`--quick` for a short job, `--dry` for one invocation each). The check always runs first: a run whose engines
// disagree on a byte measures nothing comparable and exits 1.
bool checkOnly = args.Contains("--check");
bool allocOnly = args.Contains("--alloc");
bool quick = args.Contains("--quick");
bool dry = args.Contains("--dry");
string[] benchmarkArgs = args.Where(a => a is not "--check" and not "--alloc" and not "--quick" and not "--dry").ToArray();

if (!await OutputCheck.RunAsync(Console.Out))
{
    Console.Error.WriteLine("render: the engines wrote different bytes; nothing was timed.");
    return 1;
}

if (allocOnly)
{
    await AllocationCount.RunAsync(Console.Out);
}

if (checkOnly || allocOnly)
{
    return 0;
}

// In-process: every engine runs in the same process with the same JIT and GC settings, and no
// per-benchmark project is generated and built (minutes on a busy 2-core machine).
Job job = (dry ? Job.Dry : quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
IConfig config = DefaultConfig.Instance
    .AddJob(job)
    .AddExporter(JsonExporter.Full)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromTypes([typeof(FortunesBenchmarks), typeof(DashboardBenchmarks), typeof(EndpointBenchmarks)]).Run(benchmarkArgs, config);
return 0;
