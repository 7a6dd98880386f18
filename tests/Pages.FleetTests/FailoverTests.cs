using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Pages.FleetTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.FleetTests;

/// <summary>
/// The fleet survives losing its parts: an instance killed under load (nginx retries on the other: no failed
/// request), then Redis stopped (cache misses: pages still render, no 500).
/// </summary>
[Collection(FleetCollection.Name)]
public sealed partial class FailoverTests(Fleet fleet, ITestOutputHelper output) : IClassFixture<Fleet>
{
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Killing_an_instance_under_load_fails_no_request_and_stopping_redis_gives_no_500()
    {
        fleet.EnsureStarted();

        // 1. Bounded load through nginx (wrk, loopback, 8 s) on an on-demand page; one instance is killed at 3 s.
        var url = new Uri(fleet.FleetUri, "/form").ToString();
        var load = Task.Run(() => ChildProcess.Run("wrk", ["-t2", "-c16", $"-d{LoadDuration.TotalSeconds:F0}s", "--timeout", "5s", url], TimeSpan.FromSeconds(60)));
        await Task.Delay(KillAfter);
        var killedAt = Stopwatch.StartNew();
        fleet.KillInstance(2);
        var wrk = await load;
        output.WriteLine(wrk.ToString());
        Assert.True(wrk.ExitCode == 0, wrk.ToString());

        var requests = Regex.Match(wrk.Output, @"(\d+) requests in");
        Assert.True(requests.Success, wrk.Output);
        Assert.True(int.Parse(requests.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 100, wrk.Output);
        // wrk prints these lines only when something failed.
        Assert.DoesNotContain("Socket errors", wrk.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Non-2xx or 3xx responses", wrk.Output, StringComparison.Ordinal);
        output.WriteLine($"app2 killed {KillAfter.TotalSeconds:F0} s into the load; wrk ran {killedAt.Elapsed.TotalSeconds:F1} s more");

        // The survivor keeps serving everything through nginx.
        using var browser = FleetPages.Browser(fleet.FleetUri);
        for (var i = 0; i < 6; i++)
        {
            var form = await browser.GetStringAsync("/form");
            Assert.Equal("app1", FleetPages.Instance(form));
        }

        // 2. Redis stopped: the output cache misses (each request renders), Data Protection keeps its loaded keys.
        fleet.StopRedis();
        var path = $"/cached?run={Guid.NewGuid():N}";
        var rendersBefore = await FleetPages.RendersAsync(fleet.InstanceUri(1));
        for (var i = 0; i < 3; i++)
        {
            using var cached = await browser.GetAsync(path);
            Assert.True(cached.StatusCode == HttpStatusCode.OK, $"GET {path} without Redis: {(int)cached.StatusCode}\n{fleet.Logs()}");
        }

        Assert.Equal(rendersBefore + 3, await FleetPages.RendersAsync(fleet.InstanceUri(1)));

        var page = await browser.GetStringAsync("/form");
        using var posted = await browser.PostAsync("/form", FleetPages.Form(FleetPages.Token(page), "Grace"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Thanks, Grace!", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
