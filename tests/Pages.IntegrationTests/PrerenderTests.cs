using System.Net;
using System.Net.Http.Headers;

namespace Pages.IntegrationTests;

/// <summary>SPEC §6: a prerendered page on demand comes from the export folder, else renders once and is kept, with an ETag.</summary>
/// <remarks>
/// The render counter is static and each test class has its own server, so every class that requests <c>/kept</c>
/// joins the <see cref="KeptPageCollection"/>: none of them can render the page while this one counts.
/// </remarks>
[Xunit.Collection(KeptPageCollection.Name)] // qualified: inside namespace Pages.*, [Collection] is Pages.CollectionAttribute
public class PrerenderTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Prerendered_page_renders_once_and_is_kept_with_its_headers()
    {
        var first = await server.Client.GetAsync("/kept");
        var rendersAfterFirst = RenderCounter.Current("kept");
        var second = await server.Client.GetAsync("/kept");
        var third = await server.Client.GetAsync("/kept");
        var firstBody = await first.Content.ReadAsStringAsync();

        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal(firstBody, await third.Content.ReadAsStringAsync());
        Assert.Equal(rendersAfterFirst, RenderCounter.Current("kept"));
        Assert.Equal("public, max-age=60", second.Headers.CacheControl?.ToString());
        Assert.Equal(firstBody.Length, second.Content.Headers.ContentLength);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task If_None_Match_with_the_ETag_answers_304_without_a_body()
    {
        var first = await server.Client.GetAsync("/kept");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var request = new HttpRequestMessage(HttpMethod.Get, "/kept");
        request.Headers.IfNoneMatch.Add(etag);
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, "/kept");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Exported_file_answers_a_prerendered_page_when_present()
    {
        var response = await server.Client.GetAsync("/exported");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("<p>served from the export</p>\n", await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task On_demand_page_renders_on_every_request()
    {
        var before = RenderCounter.Current("fresh");
        var first = await server.Client.GetAsync("/fresh");
        var second = await server.Client.GetAsync("/fresh");
        Assert.Equal($"<p>render {before + 1}</p>\n", await first.Content.ReadAsStringAsync());
        Assert.Equal($"<p>render {before + 2}</p>\n", await second.Content.ReadAsStringAsync());
        Assert.Null(second.Headers.ETag);
    }
}

/// <summary>Test classes that request <c>/kept</c>, whose renders <see cref="RenderCounter"/> counts across servers.</summary>
[CollectionDefinition(Name)]
public sealed class KeptPageCollection
{
    public const string Name = "kept page";
}
