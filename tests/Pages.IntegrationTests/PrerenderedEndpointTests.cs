using System.Net;
using System.Net.Http.Headers;

namespace Pages.IntegrationTests;

/// <summary>
/// SPEC §6 for endpoints: a prerendered endpoint on demand without an exported file runs once and is kept like a
/// prerendered page, with its headers, an <c>ETag</c> and 304 on <c>If-None-Match</c>.
/// </summary>
public sealed class PrerenderedEndpointTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Prerendered_endpoint_runs_once_and_is_kept_with_its_headers()
    {
        using HttpResponseMessage first = await server.Client.GetAsync("/api/kept.txt");
        int runsAfterFirst = RenderCounter.Current("kept.txt");
        using HttpResponseMessage second = await server.Client.GetAsync("/api/kept.txt");
        using HttpResponseMessage third = await server.Client.GetAsync("/api/kept.txt");
        string firstBody = await first.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.StartsWith("run ", firstBody);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal(firstBody, await third.Content.ReadAsStringAsync());
        Assert.Equal(runsAfterFirst, RenderCounter.Current("kept.txt"));
        Assert.Equal("text/plain; charset=utf-8", second.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=300", second.Headers.CacheControl?.ToString());
        Assert.Equal(firstBody.Length, second.Content.Headers.ContentLength);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task If_None_Match_with_the_endpoint_ETag_answers_304_without_a_body()
    {
        using HttpResponseMessage first = await server.Client.GetAsync("/api/kept.txt");
        EntityTagHeaderValue? etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/kept.txt");
        request.Headers.IfNoneMatch.Add(etag);
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/kept.txt");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        using HttpResponseMessage fresh = await server.Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await fresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Prerendered_dynamic_endpoint_keeps_each_static_path_apart()
    {
        using HttpResponseMessage releases = await server.Client.GetAsync("/api/feeds/releases.xml");
        using HttpResponseMessage again = await server.Client.GetAsync("/api/feeds/releases.xml");

        Assert.Equal("<feed><title>Releases</title><name>releases</name></feed>", await again.Content.ReadAsStringAsync());
        Assert.Equal("application/atom+xml", again.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(releases.Headers.ETag);
        Assert.Equal(releases.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(releases.Headers.ETag, (await server.Client.GetAsync("/api/feeds/news.xml")).Headers.ETag);
    }

    [Fact]
    public async Task HEAD_of_a_kept_endpoint_has_its_length_and_no_body()
    {
        using HttpResponseMessage get = await server.Client.GetAsync("/api/kept.txt");
        using HttpResponseMessage head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/kept.txt"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
