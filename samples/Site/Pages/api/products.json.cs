using Site.Data;

namespace Site.Pages.Api;

/// <summary><c>/api/products.json</c>: GET lists the products, POST adds one from a JSON body.</summary>
[Endpoint]
public static class ProductsJson
{
    public const bool Prerender = false;

    public static IResult Get(EndpointContext context) =>
        Results.Json(context.Services.GetRequiredService<ProductStore>().All(), ShopJson.Default.IReadOnlyListProduct);

    public static async Task<IResult> Post(EndpointContext context)
    {
        // A malformed body makes ReadFromJsonAsync throw; the runtime answers 400, not 500.
        var input = await context.Request.ReadFromJsonAsync(ShopJson.Default.NewProduct);
        if (input is null || string.IsNullOrWhiteSpace(input.Name))
        {
            return Results.BadRequest();
        }

        var product = context.Services.GetRequiredService<ProductStore>().Add(input.Name, input.Price);
        return Results.Json(product, ShopJson.Default.Product, statusCode: StatusCodes.Status201Created);
    }
}
