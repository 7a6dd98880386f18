using Pages.Generators.Model;

namespace Pages.Generators.Endpoints;

/// <summary>
/// An endpoint ready for the route table: its handlers, effective <c>Prerender</c> (its own constant or the
/// <c>PagesOutput</c> default) and its route; <see cref="Route"/> is <see langword="null"/> when the file is not
/// routable, and <see cref="Diagnostics"/> says why.
/// </summary>
internal sealed record EndpointModel(
    string TypeName,
    EquatableArray<EndpointHandlerModel> Handlers,
    bool Prerender,
    bool HasStaticPaths,
    RouteModel? Route,
    EquatableArray<DiagnosticInfo> Diagnostics);
