namespace Pages;

/// <summary>
/// Adapts whatever shape a page's <c>GetStaticPaths()</c> has to one list, so the generator can emit
/// <c>StaticPaths.From(Page_x.GetStaticPaths())</c> without knowing the shape: overload resolution picks the
/// method. <see cref="StaticPath{TProps}"/> derives from <see cref="StaticPath"/>, so the interfaces' covariance
/// covers typed paths too (<c>IEnumerable&lt;StaticPath&lt;Props&gt;&gt;</c> is an <c>IEnumerable&lt;StaticPath&gt;</c>).
/// </summary>
public static class StaticPaths
{
    /// <summary>A synchronous <c>GetStaticPaths()</c> (any collection or iterator).</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The paths as a list.</returns>
    public static ValueTask<IReadOnlyList<StaticPath>> From(IEnumerable<StaticPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new ValueTask<IReadOnlyList<StaticPath>>(ToList(paths));
    }

    /// <summary>An <c>async IAsyncEnumerable&lt;...&gt;</c> <c>GetStaticPaths()</c>.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The paths as a list.</returns>
    public static async ValueTask<IReadOnlyList<StaticPath>> From(IAsyncEnumerable<StaticPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = new List<StaticPath>();
        await foreach (StaticPath path in paths.ConfigureAwait(false))
        {
            list.Add(path);
        }

        return list;
    }

    /// <summary>An <c>async Task&lt;...&gt;</c> <c>GetStaticPaths()</c>.</summary>
    /// <typeparam name="TPaths">The collection the task yields.</typeparam>
    /// <param name="paths">The task.</param>
    /// <returns>The paths as a list.</returns>
    public static async ValueTask<IReadOnlyList<StaticPath>> From<TPaths>(Task<TPaths> paths)
        where TPaths : IEnumerable<StaticPath>
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ToList(await paths.ConfigureAwait(false));
    }

    /// <summary>An <c>async ValueTask&lt;...&gt;</c> <c>GetStaticPaths()</c>.</summary>
    /// <typeparam name="TPaths">The collection the task yields.</typeparam>
    /// <param name="paths">The task.</param>
    /// <returns>The paths as a list.</returns>
    public static async ValueTask<IReadOnlyList<StaticPath>> From<TPaths>(ValueTask<TPaths> paths)
        where TPaths : IEnumerable<StaticPath>
        => ToList(await paths.ConfigureAwait(false));

    private static List<StaticPath> ToList(IEnumerable<StaticPath>? paths)
    {
        if (paths is null)
        {
            throw new InvalidOperationException("GetStaticPaths() returned null; return an empty collection when there is nothing to write.");
        }

        var list = new List<StaticPath>();
        foreach (StaticPath? path in paths)
        {
            list.Add(path ?? throw new InvalidOperationException("GetStaticPaths() returned a null StaticPath."));
        }

        return list;
    }
}
