using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Data;

/// <summary>Source-generated JSON metadata: the API works under Native AOT.</summary>
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(IReadOnlyList<Product>))]
[JsonSerializable(typeof(NewProduct))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
public sealed partial class ShopJson : JsonSerializerContext;
