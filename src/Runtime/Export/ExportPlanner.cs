using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// Lists what the export writes: every prerendered route of <see cref="AppRouteTable"/> (each static path of a
/// dynamic one), and the 500 page when the app has one. Generic over "a route and its concrete paths", so
/// prerendered endpoints are planned the same way as pages.
/// </summary>
internal static class ExportPlanner
{
    /// <exception cref="InvalidOperationException">A dynamic route has no <c>GetStaticPaths()</c>, a path is unsafe, or two jobs write one file.</exception>
    public static async Task<List<ExportJob>> PlanAsync(AppRouteTable routes, PagesRuntime runtime)
    {
        TrailingSlash trailingSlash = runtime.Options.TrailingSlash;
        BuildFormat format = runtime.Options.BuildFormat;
        var jobs = new List<ExportJob>();
        foreach (RouteTableEntry route in routes.Routes)
        {
            // An endpoint without a Get (or All) handler has nothing to write; its other methods stay on the server.
            if (!route.Prerender || !route.AnswersGet)
            {
                continue;
            }

            int? errorStatus = route.Kind == RouteTableEntryKind.ErrorPage ? StatusCodes.Status404NotFound : null;
            RoutePattern pattern = PageRoutePattern.Parse(route.Pattern);
            if (!route.IsDynamic)
            {
                jobs.Add(Job(route, null, pattern, trailingSlash, format, errorStatus));
                continue;
            }

            if (route.StaticPathTable is null)
            {
                throw new InvalidOperationException(
                    $"{route.SourceFile}: the prerendered dynamic route {route.Pattern} has no GetStaticPaths(); add one that lists its params, or set `public const bool Prerender = false;` to render it on demand.");
            }

            (IReadOnlyList<StaticPath> paths, RenderInputRecorder inputs) = await RecordedStaticPathsAsync(route).ConfigureAwait(false);
            foreach (StaticPath path in paths)
            {
                jobs.Add(Job(route, path, pattern, trailingSlash, format, errorStatus) with { PathInputs = inputs });
            }
        }

        if (routes.ServerErrorPage is RouteTableEntry serverError && runtime.ServerErrorPage is PageEndpoint endpoint)
        {
            var handler = new Endpoint(context => endpoint.HandleAsync(context, StatusCodes.Status500InternalServerError), EndpointMetadataCollection.Empty, "Pages 500 page (export)");
            jobs.Add(new ExportJob(serverError, null, "/500", "500.html", StatusCodes.Status500InternalServerError, handler));
        }

        CheckDistinctFiles(jobs);
        return jobs;
    }

    // The route's static paths, and what its GetStaticPaths() read through the content API (the recorder is this method's
    // flow's; GetStaticPaths() runs once per app, so when something called it before, what it read is unknown).
    private static async Task<(IReadOnlyList<StaticPath> Paths, RenderInputRecorder Inputs)> RecordedStaticPathsAsync(RouteTableEntry route)
    {
        var inputs = new RenderInputRecorder();
        if (route.StaticPathTable!.IsLoaded)
        {
            inputs.ReadUntracked();
        }

        RenderInputRecorder.Begin(inputs);
        IReadOnlyList<StaticPath> paths = await route.GetStaticPathsAsync().ConfigureAwait(false);
        return (paths, inputs);
    }

    private static ExportJob Job(RouteTableEntry route, StaticPath? path, RoutePattern pattern, TrailingSlash trailingSlash, BuildFormat format, int? errorStatus)
    {
        string urlPath = ExportPaths.Build(pattern, path, route.SourceFile);
        string file = ExportPaths.File(urlPath, route.Kind, format, errorStatus);
        return new ExportJob(route, path, ExportPaths.RequestForm(urlPath, trailingSlash, route.Kind), file, errorStatus);
    }

    private static void CheckDistinctFiles(List<ExportJob> jobs)
    {
        var byFile = new Dictionary<string, ExportJob>(StringComparer.OrdinalIgnoreCase);
        foreach (ExportJob job in jobs)
        {
            if (!byFile.TryAdd(job.File, job))
            {
                throw new InvalidOperationException(
                    $"{job} and {byFile[job.File]} would both write {job.File}; give them different URLs.");
            }
        }
    }
}
