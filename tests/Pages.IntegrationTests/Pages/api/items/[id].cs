namespace Pages.IntegrationTests.Pages.Api.Items;

/// <summary>One item: GET (ValueTask), DELETE; an unknown id is the endpoint's own empty 404.</summary>
[Endpoint]
public static class ItemById
{
    public const bool Prerender = false;

    public static ValueTask<IResult> Get(EndpointContext context)
    {
        var item = ItemStore.Find(int.Parse(context.Params["id"]!, System.Globalization.CultureInfo.InvariantCulture));
        return ValueTask.FromResult(item is null ? Results.NotFound() : Results.Json(item, TestJson.Default.Item));
    }

    public static IResult Delete(EndpointContext context) =>
        ItemStore.Remove(int.Parse(context.Params["id"]!, System.Globalization.CultureInfo.InvariantCulture))
            ? Results.NoContent()
            : Results.NotFound();
}
