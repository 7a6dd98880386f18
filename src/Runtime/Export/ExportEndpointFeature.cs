using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pages;

/// <summary>An endpoint chosen before the request enters the pipeline.</summary>
internal sealed class ExportEndpointFeature(Endpoint endpoint) : IEndpointFeature
{
    public Endpoint? Endpoint { get; set; } = endpoint;
}
