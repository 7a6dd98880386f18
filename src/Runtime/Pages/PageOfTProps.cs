namespace Pages;

/// <summary>A routable page with a <c>record Props</c>, fed by <c>GetStaticPaths</c>.</summary>
/// <typeparam name="TProps">The page's <c>Props</c> record.</typeparam>
public abstract class Page<TProps> : Page
{
    /// <summary>The page's props (<c>{props.Title}</c> in the template).</summary>
    protected TProps props = default!;

    /// <summary>Sets the props before the page renders.</summary>
    internal void SetProps(TProps value) => props = value;

    /// <summary>Takes the props from a <see cref="StaticPath{TProps}"/>.</summary>
    /// <exception cref="InvalidOperationException">The path carries no props, or props of another type.</exception>
    internal override void ApplyStaticPath(StaticPath path)
    {
        if (path is StaticPath<TProps> typed)
        {
            SetProps(typed.Props);
            return;
        }

        throw new InvalidOperationException(path.HasProps
            ? $"the static path {path} carries props of another type than this page's Props; return StaticPath<Props>."
            : $"the page declares record Props, but its static path {path} carries none; return new StaticPath<Props>(params, new Props(...)).");
    }
}
