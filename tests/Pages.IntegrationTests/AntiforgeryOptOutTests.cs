using System.Net;

namespace Pages.IntegrationTests;

/// <summary>
/// A page that declares <c>public const bool Antiforgery = false;</c> takes form POSTs without a token; every other
/// page still rejects them (the app registers antiforgery, so validation is on by default).
/// </summary>
public sealed class AntiforgeryOptOutTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Form_post_without_a_token_reaches_the_page_that_opted_out()
    {
        using HttpResponseMessage response = await server.Client.PostAsync("/hook", Form(("event", "paid")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<p>received paid</p>\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_post_without_a_token_to_a_page_that_did_not_opt_out_answers_400()
    {
        using HttpResponseMessage response = await server.Client.PostAsync("/form", Form(("name", "Mallory")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Thanks", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Opting_out_of_antiforgery_does_not_open_other_methods()
    {
        using HttpResponseMessage response = await server.Client.PutAsync("/hook", Form(("event", "paid")));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
}
