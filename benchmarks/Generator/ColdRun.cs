using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Bench.Generator;

/// <summary>
/// One run of a driver, timed as a cold run is read: wall clock, CPU time of the process (on a busy machine the wall
/// clock also counts the time it waited for a core), what the JIT compiled during it, and what it allocated and how many
/// garbage collections that cost (counts that load does not change).
/// </summary>
public sealed record ColdRun(GeneratorDriver Driver, double WallMs, double CpuMs, long JitMethods, double JitMs, int Collections, double AllocatedMiB)
{
    public static ColdRun Measure(Func<GeneratorDriver> run)
    {
        long jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        TimeSpan jitTimeBefore = System.Runtime.JitInfo.GetCompilationTime();
        int collectionsBefore = GC.CollectionCount(0);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var self = Process.GetCurrentProcess();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        GeneratorDriver driver = run();
        double wallMs = clock.Elapsed.TotalMilliseconds;
        self.Refresh();
        return new ColdRun(
            driver,
            wallMs,
            (self.TotalProcessorTime - cpuBefore).TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore,
            (System.Runtime.JitInfo.GetCompilationTime() - jitTimeBefore).TotalMilliseconds,
            GC.CollectionCount(0) - collectionsBefore,
            (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0));
    }

    /// <summary>The median wall time of <paramref name="runs"/> runs of <paramref name="action"/>.</summary>
    public static double MedianMs(Action action, int runs = 5)
    {
        var times = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
