namespace Pages;

/// <summary>A routable page without props; generated from a <c>.page</c> file under the pages root.</summary>
public abstract class Page : PageBase
{
    /// <summary>
    /// Gives the page the static path it renders for; a page with <c>record Props</c> takes its props from it
    /// (see <see cref="Page{TProps}"/>), a page without ignores the props.
    /// </summary>
    internal virtual void ApplyStaticPath(StaticPath path)
    {
    }
}
