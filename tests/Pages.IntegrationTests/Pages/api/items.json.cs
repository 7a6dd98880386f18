using Microsoft.AspNetCore.Http.HttpResults;

namespace Pages.IntegrationTests.Pages.Api;

/// <summary>GET lists items, POST adds one from a JSON body; no DELETE, so DELETE answers 405.</summary>
[Endpoint]
public static class ItemsJson
{
    public const bool Prerender = false;

    public static IResult Get(EndpointContext context) =>
        Results.Json(ItemStore.All(), TestJson.Default.ItemArray);

    public static async Task<IResult> Post(EndpointContext context)
    {
        var item = await context.Request.ReadFromJsonAsync(TestJson.Default.Item);
        if (item is null)
        {
            return Results.BadRequest();
        }

        ItemStore.Add(item);
        return Results.Json(item, TestJson.Default.Item, statusCode: StatusCodes.Status201Created);
    }
}
