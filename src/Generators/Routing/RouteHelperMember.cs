using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>A member of the generated <c>Routes</c> class: a constant for a route without parameters, else a method.</summary>
/// <param name="Name">The member's C# name, unique in its class.</param>
/// <param name="Route">The route it builds a URL for.</param>
internal sealed record RouteHelperMember(string Name, RouteTarget Route);
