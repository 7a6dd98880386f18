using BenchmarkDotNet.Attributes;

namespace Bench.Render;

/// <summary>
/// Fortunes through the request path: the page's endpoint delegate against hand-written code in the same delegate
/// shape, each on a fresh <see cref="Microsoft.AspNetCore.Http.DefaultHttpContext"/> (issue 11: the endpoint's own
/// cost, Pages minus HandWritten, should be at most 100 ns and 64 B).
/// </summary>
[MemoryDiagnoser]
public class EndpointBenchmarks
{
    private readonly PipeSink _sink = new();
    private PipeResponseBodyFeature _body = null!;
    private FortunesEndpoints _endpoints = null!;

    [GlobalSetup]
    public void Setup()
    {
        _body = new PipeResponseBodyFeature(_sink);
        _endpoints = new FortunesEndpoints();
    }

    [GlobalCleanup]
    public void Cleanup() => _endpoints.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public async Task HandWrittenEndpoint()
    {
        await _endpoints.InvokeAsync(FortunesEndpoints.HandWritten, _body);
        _sink.Drain();
    }

    [Benchmark]
    public async Task PagesEndpoint()
    {
        await _endpoints.InvokeAsync(_endpoints.Pages, _body);
        _sink.Drain();
    }
}
