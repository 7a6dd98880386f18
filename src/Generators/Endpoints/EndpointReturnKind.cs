namespace Pages.Generators.Endpoints;

/// <summary>What an endpoint handler returns; decides how the route table adapts it to <c>ValueTask&lt;IResult&gt;</c>.</summary>
internal enum EndpointReturnKind
{
    /// <summary><c>IResult</c>: wrapped in a completed <c>ValueTask</c>.</summary>
    Result,

    /// <summary><c>Task&lt;IResult&gt;</c>: wrapped in a <c>ValueTask</c>.</summary>
    Task,

    /// <summary><c>ValueTask&lt;IResult&gt;</c>: passed through.</summary>
    ValueTask,
}
