using System.Net;
using Pages.FleetTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.FleetTests;

/// <summary>
/// Two instances behind nginx share what must be shared: Data Protection keys (a form token made by one instance
/// verifies on the other) and the output cache (a page rendered by one is served by the other from Redis); the
/// public host reaches the app through forwarded headers.
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class SharedStateTests(Fleet fleet, ITestOutputHelper output) : IClassFixture<Fleet>
{
    [Fact]
    public async Task Form_token_from_one_instance_posts_successfully_to_the_other_through_nginx()
    {
        fleet.EnsureStarted();
        using var browser = FleetPages.Browser(fleet.FleetUri);
        var form = await browser.GetStringAsync("/form");
        var madeBy = FleetPages.Instance(form);
        var token = FleetPages.Token(form);

        // nginx balances round-robin: within a few POSTs one lands on the other instance. Every POST must succeed.
        var checkedBy = new List<string>();
        for (var attempt = 0; attempt < 6 && !checkedBy.Any(i => i != madeBy); attempt++)
        {
            using var posted = await browser.PostAsync("/form", FleetPages.Form(token, "Ada"));
            var body = await posted.Content.ReadAsStringAsync();
            Assert.True(posted.StatusCode == HttpStatusCode.OK, $"POST {attempt}: {(int)posted.StatusCode}\n{body}\n{fleet.Logs()}");
            var instance = FleetPages.Instance(body);
            Assert.Contains($"<p id=\"thanks\">Thanks, Ada! Checked by {instance}.</p>", body, StringComparison.Ordinal);
            checkedBy.Add(instance);
        }

        output.WriteLine($"token made by {madeBy}; POSTs checked by {string.Join(", ", checkedBy)}");
        Assert.Contains(checkedBy, i => i != madeBy);

        // The check is real: a token that is not the instance's own (here: altered) is refused on either instance.
        using var forged = await browser.PostAsync("/form", FleetPages.Form(token[..^4] + "AAAA", "Eve"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Page_rendered_by_one_instance_is_served_from_redis_by_the_other()
    {
        fleet.EnsureStarted();
        // A path no earlier run cached (the default policy varies by query), and one Host for both requests, as
        // nginx passes the public one (the cache key includes the host).
        var path = $"/cached?run={Guid.NewGuid():N}";
        var rendersBefore = (First: await FleetPages.RendersAsync(fleet.InstanceUri(1)), Second: await FleetPages.RendersAsync(fleet.InstanceUri(2)));

        var first = await GetAsync(fleet.InstanceUri(1), path);
        var second = await GetAsync(fleet.InstanceUri(2), path);

        Assert.Equal("app1", first.RenderedBy);
        Assert.Contains("<h1>Rendered by app1</h1>", first.Body, StringComparison.Ordinal);
        // The second instance answered with the first one's bytes, rendering nothing itself.
        Assert.Equal("app1", second.RenderedBy);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(rendersBefore.First + 1, await FleetPages.RendersAsync(fleet.InstanceUri(1)));
        Assert.Equal(rendersBefore.Second, await FleetPages.RendersAsync(fleet.InstanceUri(2)));
    }

    [Fact]
    public async Task Request_url_shows_the_public_host_nginx_forwards()
    {
        fleet.EnsureStarted();
        using var client = new HttpClient { BaseAddress = fleet.FleetUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/form?from=proxy");
        request.Headers.Host = "pages.example:8443";
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code id=\"url\">http://pages.example:8443/form?from=proxy</code>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instance_takes_the_public_scheme_and_host_from_its_loopback_proxy()
    {
        fleet.EnsureStarted();
        // What nginx sends for a TLS site (it terminates TLS and passes X-Forwarded-Proto: https), straight to an instance.
        using var client = new HttpClient { BaseAddress = fleet.InstanceUri(1) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/form");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "pages.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code id=\"url\">https://pages.example/form</code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(string? RenderedBy, string Body)> GetAsync(Uri instance, string path)
    {
        using var client = new HttpClient { BaseAddress = instance };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "fleet.example";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.TryGetValues("X-Rendered-By", out var values) ? values.Single() : null, await response.Content.ReadAsStringAsync());
    }
}
