using BenchmarkDotNet.Attributes;

namespace Bench.Render;

/// <summary>TechEmpower's Fortunes page rendered into the same pipe by each engine.</summary>
[MemoryDiagnoser]
public class FortunesBenchmarks
{
    private readonly PipeSink _sink = new();
    private readonly List<Fortune> _fortunes = FortuneData.Prepared;
    private Renderers _renderers = null!;

    [GlobalSetup]
    public void Setup() => _renderers = new Renderers();

    [GlobalCleanup]
    public void Cleanup() => _renderers.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task HandWritten()
    {
        await _renderers.HandWrittenFortunesAsync(_sink, _fortunes);
        _sink.Drain();
    }

    [Benchmark]
    public async Task Pages()
    {
        await _renderers.PagesFortunesAsync(_sink);
        _sink.Drain();
    }

    [Benchmark]
    public async Task RazorSlices()
    {
        await _renderers.RazorSlicesFortunesAsync(_sink, _fortunes);
        _sink.Drain();
    }

    [Benchmark]
    public async Task Blazor()
    {
        await _renderers.BlazorFortunesAsync(_sink, _fortunes);
        _sink.Drain();
    }
}
