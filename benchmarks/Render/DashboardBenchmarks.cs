using BenchmarkDotNet.Attributes;

namespace Bench.Render;

/// <summary>A layout, three components and a 100-row table, rendered into the same pipe by each template engine.</summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private readonly PipeSink _sink = new();
    private readonly DashboardModel _model = DashboardModel.Instance;
    private Renderers _renderers = null!;

    [GlobalSetup]
    public void Setup() => _renderers = new Renderers();

    [GlobalCleanup]
    public void Cleanup() => _renderers.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task Pages()
    {
        await _renderers.PagesDashboardAsync(_sink);
        _sink.Drain();
    }

    [Benchmark]
    public async Task RazorSlices()
    {
        await _renderers.RazorSlicesDashboardAsync(_sink, _model);
        _sink.Drain();
    }

    [Benchmark]
    public async Task Blazor()
    {
        await _renderers.BlazorDashboardAsync(_sink, _model);
        _sink.Drain();
    }
}
