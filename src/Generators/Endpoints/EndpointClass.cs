using Pages.Generators.Model;

namespace Pages.Generators.Endpoints;

/// <summary>
/// An <c>[Endpoint]</c> class as plain data (no symbols): the output of the parse stage, before the project's
/// settings give it a route.
/// </summary>
/// <param name="FilePath">The file of the declaration that carries <c>[Endpoint]</c>: its path is the route.</param>
/// <param name="TypeName">The fully qualified type (<c>global::Shop.Pages.Api.Cart</c>).</param>
/// <param name="Handlers">The valid handlers, in the order <c>Get, Post, Put, Patch, Delete, Options, All</c>.</param>
/// <param name="Prerender">The class's <c>const bool Prerender</c>, or <see langword="null"/> when it has none.</param>
/// <param name="HasStaticPaths">Whether it declares a static <c>GetStaticPaths</c>.</param>
/// <param name="Location">Where the class name is, for diagnostics about the class as a whole.</param>
/// <param name="Diagnostics">Handlers with a wrong signature, a generic or inaccessible class, a non-constant Prerender.</param>
internal sealed record EndpointClass(
    string FilePath,
    string TypeName,
    EquatableArray<EndpointHandlerModel> Handlers,
    bool? Prerender,
    bool HasStaticPaths,
    SourceSpan Location,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What the endpoint parse stage gives when reading the class threw: its PAGE099 and no handlers.</summary>
    public static EndpointClass Failed(string filePath, DiagnosticInfo failure)
        => new(filePath, "", EquatableArray<EndpointHandlerModel>.Empty, null, false, failure.Span, new EquatableArray<DiagnosticInfo>(new[] { failure }));
}
