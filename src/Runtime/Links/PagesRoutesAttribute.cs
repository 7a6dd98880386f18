using System.ComponentModel;
namespace Pages;

/// <summary>
/// Lists the routes of an assembly built with Pages as file paths under its pages root (<c>guide.page</c>,
/// <c>api/[id].cs</c>). The generator of an app that references the assembly reads it at build time, so the app's
/// <c>Routes</c> class has members for the library's pages and its literal links to them are not reported as
/// broken. Emitted by the generator; not meant to be written by hand.
/// </summary>
/// <param name="routePaths">The route file paths, in route order.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)] // generated code uses it; users do not
public sealed class PagesRoutesAttribute(params string[] routePaths) : Attribute
{
    /// <summary>The route file paths under the assembly's pages root.</summary>
    public IReadOnlyList<string> RoutePaths { get; } = routePaths;
}
