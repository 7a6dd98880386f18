namespace Bench.Render;

/// <summary>
/// Bytes allocated per render by each engine, counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// after a warm-up: exact and independent of machine load, so it can be checked on a busy machine.
/// </summary>
public static class AllocationCount
{
    /// <summary>Prints the bytes per render of every engine and page.</summary>
    /// <param name="writeTo">Where to print.</param>
    /// <returns>A task that completes when all are counted.</returns>
    public static async Task RunAsync(TextWriter writeTo)
    {
        await using var renderers = new Renderers();
        await using var endpoints = new FortunesEndpoints();
        List<Fortune> fortunes = FortuneData.Prepared;
        DashboardModel model = DashboardModel.Instance;
        var sink = new PipeSink();
        var body = new PipeResponseBodyFeature(sink);
        (string Name, Func<ValueTask> Render)[] cases =
        [
            ("fortunes handwritten", () => renderers.HandWrittenFortunesAsync(sink, fortunes)),
            ("fortunes pages", () => renderers.PagesFortunesAsync(sink)),
            ("fortunes handwritten endpoint", () => new ValueTask(endpoints.InvokeAsync(FortunesEndpoints.HandWritten, body))),
            ("fortunes pages endpoint", () => new ValueTask(endpoints.InvokeAsync(endpoints.Pages, body))),
            ("fortunes razorslices", () => renderers.RazorSlicesFortunesAsync(sink, fortunes)),
            ("fortunes blazor", () => renderers.BlazorFortunesAsync(sink, fortunes)),
            ("dashboard pages", () => renderers.PagesDashboardAsync(sink)),
            ("dashboard razorslices", () => renderers.RazorSlicesDashboardAsync(sink, model)),
            ("dashboard blazor", () => renderers.BlazorDashboardAsync(sink, model)),
        ];
        const int Renders = 2000;
        foreach ((string name, Func<ValueTask> render) in cases)
        {
            for (int i = 0; i < Renders; i++)
            {
                await render();
                sink.Drain();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Renders; i++)
            {
                await render();
                sink.Drain();
            }

            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            writeTo.WriteLine($"alloc {name}: {bytes / (double)Renders:F0} B/render");
        }
    }
}
