using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Pages.IntegrationTests;

/// <summary>SPEC §5: [Endpoint] classes under Pages/ answer their file's route, compiled by the real generator.</summary>
public class EndpointTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task File_name_with_an_extension_is_the_route_and_Get_answers_json()
    {
        var response = await server.Client.GetAsync("/api/items.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var items = await response.Content.ReadFromJsonAsync(TestJson.Default.ItemArray);
        Assert.Contains(items!, i => i is { Id: 1, Name: "Tea" });
    }

    [Fact]
    public async Task Head_is_answered_by_Get_without_a_body()
    {
        var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/items.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Async_Post_reads_a_json_body()
    {
        var response = await server.Client.PostAsJsonAsync("/api/items.json", new Item(40, "Scone"), TestJson.Default.Item);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new Item(40, "Scone"), await response.Content.ReadFromJsonAsync(TestJson.Default.Item));
        Assert.Equal(new Item(40, "Scone"), await server.Client.GetFromJsonAsync("/api/items/40", TestJson.Default.Item));
    }

    [Fact]
    public async Task Malformed_json_body_answers_400_not_500()
    {
        var content = new StringContent("{\"id\": 1, \"name\": ", Encoding.UTF8, "application/json");
        var response = await server.Client.PostAsync("/api/items.json", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Missing_method_answers_405_with_Allow_listing_the_handlers_and_HEAD()
    {
        var response = await server.Client.DeleteAsync("/api/items.json");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Parameter_segment_reaches_Params_and_a_ValueTask_handler()
    {
        var item = await server.Client.GetFromJsonAsync("/api/items/2", TestJson.Default.Item);
        Assert.Equal(new Item(2, "Cake"), item);
    }

    [Fact]
    public async Task Endpoint_own_NotFound_is_left_as_it_is_without_the_404_page()
    {
        var response = await server.Client.GetAsync("/api/items/999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Delete_handler_answers_delete()
    {
        ItemStore.Add(new Item(50, "Biscuit"));
        var response = await server.Client.DeleteAsync("/api/items/50");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(ItemStore.Find(50));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("GET")]
    public async Task All_answers_every_method_with_context_members(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/api/echo?x=1");
        request.Headers.Add("Cookie", "c=crumb");
        request.Headers.Add("X-User", "grace");
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{method} /api/echo?x=1 user=grace cookie=crumb", await response.Content.ReadAsStringAsync());
    }
}
