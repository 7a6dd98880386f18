namespace Bench.Generator;

/// <summary>
/// A made-up site of realistic pages: frontmatter with a record, data and a helper; a template with a
/// layout component and its slot, attributes, a loop, a condition and encoded values.
/// </summary>
public static class SyntheticProject
{
    /// <summary>The project folder the generator sees.</summary>
    public const string ProjectDir = "/bench/App/";

    /// <summary>The two components every page uses.</summary>
    public static IEnumerable<(string Path, string Text)> Components()
    {
        yield return ("Components/Layout.page", """
            ---
            record Props(string Title, string? Description = null);
            ---
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="utf-8">
                <title>{props.Title}</title>
                @if (props.Description is not null) {
                  <meta name="description" content={props.Description}>
                }
              </head>
              <body>
                <header><a href="/section0">Home</a></header>
                <main><slot /></main>
                <footer><slot name="footer">© Example</slot></footer>
              </body>
            </html>

            """);
        yield return ("Components/Card.page", """
            ---
            record Props(string Title, string Href, int Count = 0);
            ---
            <article class="card">
              <h2><a href={props.Href}>{props.Title}</a></h2>
              <p>{props.Count} items</p>
              <slot />
            </article>

            """);
    }

    /// <summary>Page number <paramref name="index"/> (its text changes with <paramref name="revision"/>).</summary>
    public static (string Path, string Text) Page(int index, int revision = 0)
    {
        string path = (index % 10) switch
        {
            0 => $"Pages/section{index / 10}/index.page",
            9 => $"Pages/section{index / 10}/[slug].page",
            _ => $"Pages/section{index / 10}/page{index}.page",
        };
        string text = $$"""
            ---
            using System.Globalization;
            record Item(int Id, string Name, decimal Price, bool InStock);
            private static readonly Item[] s_items =
            [
                new(1, "Tea & biscuits", 3.5m, true),
                new(2, "Coffee <strong>", 4.25m, false),
                new(3, "Cake", 2.0m, true),
            ];
            var title = "Page {{index}} revision {{revision}}";
            var slug = Params["slug"] ?? "none";
            var visible = s_items.Where(i => i.InStock || slug != "none").ToList();
            string Label(Item item) => item.Name.ToUpperInvariant();
            ---
            <Layout Title={title} Description="Page number {{index}}">
              <h1 class="title" data-index={{{index}}}>{title}</h1>
              <p>Showing {visible.Count} of {s_items.Length} items for <code>{slug}</code>.</p>
              <Card Title="Featured" Href="/section{{index / 10}}" Count={visible.Count}>
                <p>Hand-picked for you.</p>
              </Card>
              <table class="items">
                <tr><th>id</th><th>name</th><th>price</th></tr>
                @foreach (var item in visible) {
                  <tr class={(item.InStock ? "in" : "out")}>
                    <td>{item.Id}</td>
                    <td title={item.Name}>{Label(item)}</td>
                    <td>{item.Price:F2}</td>
                  </tr>
                }
              </table>
              @if (visible.Count == 0) {
                <p class="empty">Nothing here.</p>
              } else {
                <p>Total: {visible.Sum(i => i.Price):F2}</p>
              }
              <small slot="footer">Page {{index}}</small>
            </Layout>

            """;
        return (path, text);
    }
}
