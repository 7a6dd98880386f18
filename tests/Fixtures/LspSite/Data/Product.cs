namespace LspSite.Data;

/// <summary>A product on sale.</summary>
/// <param name="Name">What the product is called.</param>
/// <param name="Price">Its price in euros.</param>
public sealed record Product(string Name, decimal Price)
{
    /// <summary>Whether the product costs nothing.</summary>
    public bool IsFree => Price == 0;
}
