using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// A class of the generated <c>Routes</c> tree: one per folder that holds routes below it (<c>Routes.Blog</c>),
/// with the folder's own route as <c>Index</c>. Members and nested classes are ordered by name, ordinally.
/// </summary>
/// <param name="Name">The class's C# name.</param>
/// <param name="Folder">The URL folder it stands for, as a route pattern (<c>/blog/{year}</c>; empty for the root).</param>
/// <param name="Members">Its members.</param>
/// <param name="Classes">Its nested classes.</param>
internal sealed record RouteHelperClass(string Name, string Folder, EquatableArray<RouteHelperMember> Members, EquatableArray<RouteHelperClass> Classes);
