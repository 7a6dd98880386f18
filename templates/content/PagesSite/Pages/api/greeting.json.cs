namespace PagesSite.Pages.Api;

/// <summary><c>/api/greeting.json</c>: GET greets the world, POST greets the name in its JSON body.</summary>
[Endpoint]
public static class GreetingJson
{
    public const bool Prerender = false;

    public static IResult Get(EndpointContext context) =>
        Results.Json(new Greeting("Hello, world!", DateTimeOffset.UtcNow), SiteJson.Default.Greeting);

    public static async Task<IResult> Post(EndpointContext context)
    {
        // A malformed body makes ReadFromJsonAsync throw; Pages answers 400 for it.
        var input = await context.Request.ReadFromJsonAsync(SiteJson.Default.GreetingRequest);
        if (input is null || string.IsNullOrWhiteSpace(input.Name))
        {
            return Results.BadRequest();
        }

        return Results.Json(new Greeting($"Hello, {input.Name}!", DateTimeOffset.UtcNow), SiteJson.Default.Greeting);
    }
}
