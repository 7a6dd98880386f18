using System.Collections.Concurrent;

namespace Site.Data;

/// <summary>The shop's products, in memory (a real app would use a database).</summary>
public sealed class ProductStore
{
    private readonly ConcurrentDictionary<int, Product> _products = new()
    {
        [1] = new Product(1, "Green tea", 4.50m),
        [2] = new Product(2, "Earl Grey", 5.00m),
        [3] = new Product(3, "Yerba mate", 6.25m, Discontinued: true),
    };

    public IReadOnlyList<Product> All() => _products.Values.OrderBy(p => p.Id).ToList();

    public Product? Find(int id) => _products.TryGetValue(id, out var product) ? product : null;

    public Product Add(string name, decimal price)
    {
        var product = new Product(_products.Keys.DefaultIfEmpty(0).Max() + 1, name, price);
        _products[product.Id] = product;
        return product;
    }

    public bool Remove(int id) => _products.TryRemove(id, out _);

    /// <summary>Slow on purpose: the streamed page's head reaches the browser before this resolves.</summary>
    public async Task<IReadOnlyList<Product>> RecommendationsAsync()
    {
        await Task.Delay(1500);
        return All().Where(p => !p.Discontinued).Take(2).ToList();
    }
}
