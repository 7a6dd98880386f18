namespace Site.Data;

/// <summary>A product of the sample shop; a discontinued one redirects to the product list.</summary>
public sealed record Product(int Id, string Name, decimal Price, bool Discontinued = false);
