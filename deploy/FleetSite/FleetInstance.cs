namespace FleetSite;

/// <summary>Which instance of the fleet this process is (<c>FLEET_INSTANCE</c>), and how many pages it has rendered.</summary>
public sealed class FleetInstance(string name)
{
    private int _renders;

    /// <summary>The instance's name, as the fleet script gives it (<c>app1</c>, <c>app2</c>, ...).</summary>
    public string Name { get; } = name;

    /// <summary>Pages this instance rendered itself (a response served from the shared cache does not count).</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <summary>Counts one render and returns its number.</summary>
    public int CountRender() => Interlocked.Increment(ref _renders);
}
