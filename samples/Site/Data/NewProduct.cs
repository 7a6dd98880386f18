namespace Site.Data;

/// <summary>The JSON body of <c>POST /api/products.json</c>.</summary>
public sealed record NewProduct(string Name, decimal Price);
