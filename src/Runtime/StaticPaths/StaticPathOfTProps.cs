namespace Pages;

/// <summary>
/// A static path with the page's typed props:
/// <c>new StaticPath&lt;Props&gt;(new() { ["slug"] = post.Id }, new Props(post))</c>. The page renders with
/// <see cref="Props"/> as its <c>props</c>.
/// </summary>
/// <typeparam name="TProps">The page's <c>record Props</c>.</typeparam>
public sealed class StaticPath<TProps> : StaticPath
{
    /// <summary>Creates a static path from its route params and the props the page renders with.</summary>
    /// <param name="params">Every parameter of the route by name.</param>
    /// <param name="props">The page's props for this path.</param>
    public StaticPath(Dictionary<string, string> @params, TProps props)
        : base(@params)
    {
        Props = props;
    }

    /// <summary>The props the page renders with.</summary>
    public TProps Props { get; }

    internal override bool HasProps => true;
}
