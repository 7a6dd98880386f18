using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// A configured redirect in the route table, with the page it points to when that is a route of this app: the
/// export writes one meta-refresh page per static path of that page (as Astro does for a dynamic redirect).
/// </summary>
internal sealed class RedirectRegistration : IRouteRegistration
{
    public RedirectRegistration(ConfiguredRedirect redirect, PageRegistration? target)
    {
        Redirect = redirect;
        StaticPathTable = redirect.Pattern.Parameters.Count == 0 ? null : TargetPaths(redirect, target);
    }

    public ConfiguredRedirect Redirect { get; }

    public string Pattern => Redirect.Template;

    public string Source => Redirect.DisplayName;

    public RouteTableEntry Describe() => new(Pattern, RouteTableEntryKind.Redirect, Source, Prerender, StaticPathTable);

    // Every method is redirected, as Astro does.
    public (RequestDelegate Handler, string DisplayName) CreateHandler(PagesRuntime runtime) => (HandleAsync, Source);

    /// <summary>The source's static paths, taken from the target page's; <see langword="null"/> for a static source or when there are none.</summary>
    public StaticPathTable? StaticPathTable { get; }

    /// <summary>Whether the export writes it: always for a static source, for a dynamic one when the target page lists its paths.</summary>
    public bool Prerender => Redirect.Pattern.Parameters.Count == 0 || StaticPathTable is not null;

    /// <summary>The endpoint's request delegate: the redirect, its target filled with the request's route values.</summary>
    public Task HandleAsync(HttpContext context)
    {
        var values = context.Request.RouteValues;
        context.Response.StatusCode = Redirect.Status;
        context.Response.Headers.Location = Redirect.Location(name => values.TryGetValue(name, out object? value) ? value?.ToString() : null);
        return Task.CompletedTask;
    }

    private static StaticPathTable? TargetPaths(ConfiguredRedirect redirect, PageRegistration? target)
    {
        // Each source parameter must be in the target, which names it by position in the page's own route.
        if (target?.StaticPathTable is not StaticPathTable table
            || table.Parameters.Count != redirect.TargetParameters.Count
            || redirect.Pattern.Parameters.Any(p => !redirect.TargetParameters.Exists(t => string.Equals(t.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        IReadOnlyList<RoutePatternParameterPart> targetParameters = table.Parameters;
        return new StaticPathTable(redirect.Template, redirect.DisplayName, async () =>
        {
            IReadOnlyList<StaticPath> paths = await table.GetPathsAsync().ConfigureAwait(false);
            var sourcePaths = new List<StaticPath>(paths.Count);
            foreach (StaticPath path in paths)
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int i = 0; i < targetParameters.Count; i++)
                {
                    string name = redirect.Pattern.GetParameter(redirect.TargetParameters[i].Name)!.Name;
                    values[name] = path.Params.GetValueOrDefault(targetParameters[i].Name) ?? "";
                }

                sourcePaths.Add(new StaticPath(values));
            }

            return sourcePaths;
        });
    }
}
