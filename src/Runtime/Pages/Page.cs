namespace Pages;

/// <summary>A routable page without props; generated from a <c>.page</c> file under the pages root.</summary>
public abstract class Page : PageBase
{
}
