using System.Diagnostics;

namespace PagesSite;

/// <summary>
/// Where an export's time goes, printed on standard error when <c>EXPORT_BENCH_PHASES</c> is set (the benchmark
/// itself never sets it): process start to <c>Main</c>, to the host built, to the hosted services starting, and
/// the export's end. With <c>EXPORT_BENCH_PHASES=split</c> it also does, before the export starts, the two pieces
/// of work the export would otherwise do inside its renders, and times each: creating the collection's entries
/// (what <c>GetStaticPaths()</c> triggers) and rendering every post's Markdown (in parallel, one per core, as the
/// export renders), then renders the same bodies once more through new entries to time warm code. The export's
/// own summary then times what is left: routing, the templates and the file writes.
/// </summary>
internal sealed class PhaseTimer(IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly DateTime ProcessStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    // Wall time since the process started, then this process's CPU time (user + system), the methods the JIT compiled
    // so far and its time, and the collections per generation with their summed pause: counts that a busy machine
    // disturbs far less than wall times.
    private static int _exceptions;

    /// <summary>Counts the exceptions thrown in the process from here on (each first throw costs a stack walk and, for
    /// most, a resource lookup for its message).</summary>
    public static void CountExceptions() => AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref _exceptions);

    public static void Mark(string what)
    {
        Environment.ProcessCpuUsage cpu = Environment.CpuUsage;
        Console.Error.WriteLine(
            $"phase: {(DateTime.UtcNow - ProcessStart).TotalSeconds,7:F3} s  cpu {cpu.TotalTime.TotalSeconds:F3} s (sys {cpu.PrivilegedTime.TotalSeconds:F3})  " +
            $"jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3} s  " +
            $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalSeconds:F3} s  " +
            $"alloc {GC.GetTotalAllocatedBytes() / 1048576} MB heap {GC.GetTotalMemory(false) / 1048576} MB  exceptions {_exceptions}  {what}");
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Mark("hosted services start (host built, server started)");
        if (Environment.GetEnvironmentVariable("EXPORT_BENCH_PHASES") == "split")
        {
            var watch = Stopwatch.StartNew();
            IReadOnlyList<ContentEntry<Post>> posts = Content.GetCollection<Post>("posts");
            Mark($"collection created: {posts.Count} entries in {watch.Elapsed.TotalSeconds:F3} s");
            watch.Restart();
            _ = posts[0].Html;
            Mark($"Markdown rendered: the first body alone in {watch.Elapsed.TotalSeconds:F3} s");
            watch.Restart();
            Parallel.ForEach(posts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, post => _ = post.Html);
            Mark($"Markdown rendered: the other {posts.Count - 1} bodies in {watch.Elapsed.TotalSeconds:F3} s");
            watch.Restart();
            Parallel.ForEach(posts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, post => _ = new ContentEntry<Post>(post.Id, post.Data, post.Body).Html);
            Mark($"Markdown rendered again (warm): {posts.Count} bodies in {watch.Elapsed.TotalSeconds:F3} s");
        }

        lifetime.ApplicationStarted.Register(() => Mark("application started: the export begins"));
        lifetime.ApplicationStopping.Register(() => Mark("application stopping: the export is done"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
