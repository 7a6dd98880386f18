namespace Pages;

/// <summary>
/// Marks a class in a <c>.cs</c> file under the pages root as a server endpoint (an API route, docs/on-demand.md): its file
/// path is its route (<c>Pages/api/random.json.cs</c> → <c>/api/random.json</c>) and its static methods
/// <c>Get</c>, <c>Post</c>, <c>Put</c>, <c>Patch</c>, <c>Delete</c>, <c>Options</c> and <c>All</c> answer those methods.
/// </summary>
/// <example>
/// <code>
/// [Endpoint]
/// public static class RandomNumber
/// {
///     public const bool Prerender = false;
///     public static IResult Get(EndpointContext context) => Results.Text(Random.Shared.Next().ToString());
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class EndpointAttribute : Attribute
{
}
