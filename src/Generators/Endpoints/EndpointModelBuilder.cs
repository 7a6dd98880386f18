using System;
using System.Collections.Generic;
using System.Linq;
using Pages.Generators.Model;
using Pages.Generators.Routing;

namespace Pages.Generators.Endpoints;

/// <summary>
/// Gives an endpoint class its route from its file path under the pages root (<c>Pages/api/[id].cs</c> →
/// <c>/api/{id}</c>), as a page's route comes from its <c>.page</c> path, and its effective <c>Prerender</c>.
/// </summary>
internal static class EndpointModelBuilder
{
    public static EndpointModel Build(EndpointClass endpoint, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>(endpoint.Diagnostics);
        var prerender = endpoint.Prerender ?? options.DefaultPrerender;
        var projectPath = PageModelBuilder.ProjectRelativePath(endpoint.FilePath, options.ProjectDir);
        var rootPrefix = options.PagesRoot.Length == 0 ? "" : options.PagesRoot + "/";
        var name = SimpleName(endpoint.TypeName);

        if (endpoint.Handlers.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EndpointWithoutHandlers, endpoint.FilePath, endpoint.Location, name));
        }

        RouteModel? route = null;
        if (!projectPath.StartsWith(rootPrefix, StringComparison.OrdinalIgnoreCase)
            || !projectPath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EndpointOutsidePagesRoot, endpoint.FilePath, endpoint.Location, name, projectPath, options.PagesRoot));
        }
        else
        {
            var routePath = projectPath.Substring(rootPrefix.Length);
            if (RoutePathParser.IsRoutable(routePath))
            {
                route = RouteModelBuilder.Build(endpoint.FilePath, projectPath, routePath, RouteKind.Endpoint, endpoint.TypeName, prerender,
                    buffer: null, endpoint.HasStaticPaths, antiforgery: true, endpoint.Handlers, diagnostics);
                if (route is not null && RouteModelBuilder.MissesStaticPaths(route))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EndpointMissingStaticPaths, endpoint.FilePath, endpoint.Location, name, route.Pattern));
                }
            }
        }

        return new EndpointModel(endpoint.TypeName, endpoint.Handlers, prerender, endpoint.HasStaticPaths, route, diagnostics.ToEquatableArray());
    }

    private static string SimpleName(string typeName)
    {
        var dot = typeName.LastIndexOf('.');
        var name = dot < 0 ? typeName : typeName.Substring(dot + 1);
        return name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
    }
}
