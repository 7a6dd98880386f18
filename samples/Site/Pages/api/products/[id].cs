using Site.Data;

namespace Site.Pages.Api.Products;

/// <summary><c>/api/products/{id}</c>: GET one product, DELETE it; other methods answer 405 with <c>Allow</c>.</summary>
[Endpoint]
public static class ProductById
{
    public const bool Prerender = false;

    public static IResult Get(EndpointContext context) =>
        int.TryParse(context.Params["id"], out var id) && context.Services.GetRequiredService<ProductStore>().Find(id) is { } product
            ? Results.Json(product, ShopJson.Default.Product)
            : Results.NotFound();

    public static IResult Delete(EndpointContext context) =>
        int.TryParse(context.Params["id"], out var id) && context.Services.GetRequiredService<ProductStore>().Remove(id)
            ? Results.NoContent()
            : Results.NotFound();
}
