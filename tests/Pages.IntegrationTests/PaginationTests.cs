using System.Net;

namespace Pages.IntegrationTests;

/// <summary>
/// Pagination on real Kestrel: 23 items, 10 a page, as static paths of a prerendered rest route (page 1 at the bare
/// URL) and on demand from the number in the URL.
/// </summary>
public class PaginationTests : IClassFixture<KestrelFixture>
{
    private readonly HttpClient _client;

    public PaginationTests(KestrelFixture fixture) => _client = fixture.Client;

    [Theory]
    [InlineData("/paged", "<h1>Page 1 of 3</h1>", "Items 1–10 of 23: 1,2,3,4,5,6,7,8,9,10", "prev= next=/paged/2 first= last=/paged/3 current=/paged")]
    [InlineData("/paged/2", "<h1>Page 2 of 3</h1>", "Items 11–20 of 23: 11,12,13,14,15,16,17,18,19,20", "prev=/paged next=/paged/3 first=/paged last=/paged/3 current=/paged/2")]
    [InlineData("/paged/3", "<h1>Page 3 of 3</h1>", "Items 21–23 of 23: 21,22,23", "prev=/paged/2 next= first=/paged last= current=/paged/3")]
    [InlineData("/numbers/1", "<h1>Page 1 of 3</h1>", "<p>1,2,3,4,5,6,7,8,9,10</p>", "prev= next=/numbers/2")]
    [InlineData("/numbers/2", "<h1>Page 2 of 3</h1>", "<p>11,12,13,14,15,16,17,18,19,20</p>", "prev=/numbers/1 next=/numbers/3")]
    [InlineData("/numbers/3", "<h1>Page 3 of 3</h1>", "<p>21,22,23</p>", "prev=/numbers/2 next=")]
    public async Task Prerendered_and_on_demand_pages_have_their_items_and_neighbours(string url, string heading, string items, string nav)
    {
        using HttpResponseMessage response = await _client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, body, StringComparison.Ordinal);
        Assert.Contains(items, body, StringComparison.Ordinal);
        Assert.Contains(nav, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/paged/1")]
    [InlineData("/paged/4")]
    [InlineData("/numbers/0")]
    [InlineData("/numbers/4")]
    [InlineData("/numbers/02")]
    [InlineData("/numbers/x")]
    public async Task A_number_outside_the_pages_answers_404(string url)
    {
        using HttpResponseMessage response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
