namespace Pages;

/// <summary>
/// One set of route params a prerendered dynamic page is written for, returned by its <c>GetStaticPaths()</c>:
/// <c>new StaticPath(new() { ["slug"] = "hello" })</c>. A page with <c>record Props</c> returns
/// <see cref="StaticPath{TProps}"/> instead, which carries the props too.
/// </summary>
public class StaticPath
{
    /// <summary>Creates a static path from its route params.</summary>
    /// <param name="params">Every parameter of the route by name (<c>["slug"] = "hello"</c>); a <c>[...rest]</c>
    /// value may hold <c>/</c> (<c>"guides/intro"</c>) or be empty for the bare prefix.</param>
    public StaticPath(Dictionary<string, string> @params)
    {
        ArgumentNullException.ThrowIfNull(@params);
        Params = @params;
    }

    /// <summary>The route params, by name.</summary>
    public IReadOnlyDictionary<string, string> Params { get; }

    /// <summary>Whether this path carries props (a <see cref="StaticPath{TProps}"/>).</summary>
    internal virtual bool HasProps => false;

    /// <inheritdoc/>
    public override string ToString() => StaticPathFormat.Describe(Params);
}
