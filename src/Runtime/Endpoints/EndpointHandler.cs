using Microsoft.AspNetCore.Http;

namespace Pages;

/// <summary>
/// One handler of an endpoint (<c>Get</c>, <c>Post</c>, ...), as the generated route table calls it: the user's
/// method returns <see cref="IResult"/>, <c>Task&lt;IResult&gt;</c> or <c>ValueTask&lt;IResult&gt;</c>, and the
/// generated lambda adapts it to a <see cref="ValueTask{TResult}"/>.
/// </summary>
/// <param name="context">The request, its route values, cookies and services.</param>
/// <returns>The result to execute.</returns>
public delegate ValueTask<IResult> EndpointHandler(EndpointContext context);
