using System.Net;

namespace Pages.IntegrationTests;

/// <summary>Astro's cookie counter, over real HTTP with a cookie jar.</summary>
public class CookieTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Cookie_counter_counts_0_1_2_across_requests_sharing_a_cookie_jar()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.BaseAddress };
        var bodies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            bodies.Add(await client.GetStringAsync("/counter"));
        }

        Assert.Equal(["<h2>Counter: 0</h2>\n", "<h2>Counter: 1</h2>\n", "<h2>Counter: 2</h2>\n"], bodies);
    }

    [Fact]
    public async Task Counter_cookie_is_written_with_path_root()
    {
        var response = await server.Client.GetAsync("/counter");
        Assert.Equal("counter=0; path=/", response.Headers.GetValues("Set-Cookie").Single());
    }
}
