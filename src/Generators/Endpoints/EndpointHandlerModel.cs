namespace Pages.Generators.Endpoints;

/// <summary>One handler of an endpoint class: its method name (<c>Get</c>, <c>Post</c>, ..., <c>All</c>) and its return kind.</summary>
internal sealed record EndpointHandlerModel(string Method, EndpointReturnKind ReturnKind);
