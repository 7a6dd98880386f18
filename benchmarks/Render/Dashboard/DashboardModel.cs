namespace Bench.Render;

/// <summary>One row of the dashboard's table.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Name">The product name (some need encoding).</param>
/// <param name="Category">The category.</param>
/// <param name="Stock">Units in stock.</param>
public sealed record ProductRow(int Id, string Name, string Category, int Stock);

/// <summary>The data of the "layout + 3 components + 100-row table" page.</summary>
/// <param name="Title">The document title (layout).</param>
/// <param name="UserName">The signed-in user (header component).</param>
/// <param name="Rows">The table rows.</param>
/// <param name="Footer">The footer text (footer component).</param>
public sealed record DashboardModel(string Title, string UserName, IReadOnlyList<ProductRow> Rows, string Footer)
{
    private static readonly string[] s_categories = ["Tea & Coffee", "Books", "Garden", "Tools", "Toys"];

    /// <summary>The instance every dashboard benchmark renders.</summary>
    public static DashboardModel Instance { get; } = new(
        "Inventory — Dashboard",
        "Zoë <admin>",
        Enumerable.Range(1, 100)
            .Select(i => new ProductRow(i, i % 7 == 0 ? $"Item \"{i}\" & more" : $"Product {i}", s_categories[i % s_categories.Length], i * 37 % 500))
            .ToArray(),
        "© 2025 Example & Co.");
}
