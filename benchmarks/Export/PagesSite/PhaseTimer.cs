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

    public static void Mark(string what) =>
        Console.Error.WriteLine($"phase: {(DateTime.UtcNow - ProcessStart).TotalSeconds,7:F3} s  {what}");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Mark("hosted services start (host built, server started)");
        if (Environment.GetEnvironmentVariable("EXPORT_BENCH_PHASES") == "split")
        {
            var watch = Stopwatch.StartNew();
            IReadOnlyList<ContentEntry<Post>> posts = Content.GetCollection<Post>("posts");
            Mark($"collection created: {posts.Count} entries in {watch.Elapsed.TotalSeconds:F3} s");
            watch.Restart();
            Parallel.ForEach(posts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, post => _ = post.Html);
            Mark($"Markdown rendered: {posts.Count} bodies in {watch.Elapsed.TotalSeconds:F3} s");
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
