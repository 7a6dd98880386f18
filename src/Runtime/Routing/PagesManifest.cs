using System.ComponentModel;
namespace Pages;

/// <summary>
/// The route table of one assembly built with Pages. The generator emits one subclass per assembly and a
/// module initializer that passes it to <see cref="PagesRegistry.Add"/>, so no reflection finds pages.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public abstract class PagesManifest
{
    /// <summary>The name of the assembly whose pages this manifest lists; registering it twice adds it once.</summary>
    public abstract string AssemblyName { get; }

    /// <summary>Adds the assembly's routes, in priority order, to <paramref name="routes"/>.</summary>
    /// <param name="routes">The collection <c>MapPages()</c> builds endpoints from.</param>
    public abstract void Register(RouteRegistrations routes);

    /// <summary>The MSBuild property <c>PagesBuildFormat</c> the assembly was built with; <see langword="null"/> when not given.</summary>
    public virtual BuildFormat? BuildFormat => null;

    /// <summary>The MSBuild property <c>PagesTrailingSlash</c> the assembly was built with; <see langword="null"/> when not given.</summary>
    public virtual TrailingSlash? TrailingSlash => null;
}
