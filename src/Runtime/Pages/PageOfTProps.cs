namespace Pages;

/// <summary>A routable page with a <c>record Props</c>, fed by <c>GetStaticPaths</c>.</summary>
/// <typeparam name="TProps">The page's <c>Props</c> record.</typeparam>
public abstract class Page<TProps> : Page
{
    /// <summary>The page's props (<c>{props.Title}</c> in the template).</summary>
    protected TProps props = default!;

    /// <summary>Sets the props before the page renders.</summary>
    internal void SetProps(TProps value) => props = value;
}
