using Bench.Render;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bench.Http.RazorPages;

/// <summary>The Razor Pages Fortunes page's model: the list is built per request.</summary>
public sealed class FortunesModel : PageModel
{
    /// <summary>The sorted fortunes.</summary>
    public List<Fortune> Fortunes { get; private set; } = [];

    /// <summary>Builds the list.</summary>
    public void OnGet() => Fortunes = FortuneData.ForRequest();
}
