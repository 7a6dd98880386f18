using System.Net;
using System.Net.Http.Json;

namespace Pages.IntegrationTests;

/// <summary>Any IResult returned from a page's frontmatter ends the render with that response.</summary>
public class ResultTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Results_Json_with_a_JsonTypeInfo_answers_json()
    {
        var response = await server.Client.GetAsync("/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new Item(7, "Tea"), await response.Content.ReadFromJsonAsync(TestJson.Default.Item));
    }

    [Fact]
    public async Task Results_StatusCode_answers_that_status_without_html()
    {
        var response = await server.Client.GetAsync("/teapot");
        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Null(response.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Empty_404_carries_the_status_text_as_reason_phrase()
    {
        await using var http = await RawHttp.SendAsync(server.BaseAddress, "GET", "/gone");
        await http.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 404 Nothing to see\r\n", http.Received);
        Assert.Contains("Content-Length: 0\r\n", http.Received);
    }
}
