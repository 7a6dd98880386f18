namespace Bench.LanguageServer;

/// <summary>Pages added to the fixture copy: each with frontmatter, holes, a loop and a component.</summary>
internal static class SyntheticPages
{
    public static string Page(int index) => $$"""
        ---
        using LspSite.Data;
        var products = new List<Product> { new("Item {{index}}", {{index}}m), new("Other {{index}}", 0m) };
        var heading = "Page {{index}}";
        ---
        <h1>{heading}</h1>
        <Badge Label="p{{index}}" Count={products.Count} />
        <ul>
          @foreach (var product in products) {
            <li>{product.Name}: {product.Price:0.00} {product.IsFree}</li>
          }
        </ul>
        """;

    public static void AddTo(string projectRoot, int count)
    {
        var folder = Path.Combine(projectRoot, "Pages", "generated");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"page{i:000}.page"), Page(i));
        }
    }
}
