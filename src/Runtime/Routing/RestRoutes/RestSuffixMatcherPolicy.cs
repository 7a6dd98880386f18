using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Pages;

/// <summary>
/// Lets ASP.NET Core's matcher serve routes with a rest parameter before the end (<c>[...path]/edit.page</c>): such an
/// endpoint is registered up to its rest parameter, and this policy drops it from a request's candidates unless the
/// path ends as the route does (<see cref="RestSuffix"/>), then sets its route values. The other candidates keep their
/// <c>Order</c>, so priority is still the generator's route table (a static <c>/docs/x/print</c> wins, as does
/// <c>[id]/print</c> for one segment).
/// </summary>
internal sealed class RestSuffixMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <inheritdoc/>
    public override int Order => 0;

    /// <inheritdoc/>
    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (Endpoint endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<RestSuffix>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i) || candidates[i].Endpoint.Metadata.GetMetadata<RestSuffix>() is not RestSuffix suffix)
            {
                continue;
            }

            var values = new RouteValueDictionary(candidates[i].Values);
            if (suffix.TryApply(values))
            {
                candidates.ReplaceEndpoint(i, candidates[i].Endpoint, values);
            }
            else
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
