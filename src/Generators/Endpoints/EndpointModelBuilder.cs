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
                if (RoutePathParser.TryParse(routePath, out var segments, out var pattern, out _, out var error))
                {
                    route = new RouteModel(endpoint.FilePath, routePath, pattern, segments, RouteKind.Endpoint, 0, endpoint.TypeName,
                        prerender, null, endpoint.HasStaticPaths, projectPath);
                    if (prerender && !endpoint.HasStaticPaths && segments.Any(segment => segment.Parts.Any(part => part.Kind != RoutePartKind.Static)))
                    {
                        // As for a page (PAGE023): a prerendered route with parameters must say which files to write.
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EndpointMissingStaticPaths, endpoint.FilePath, endpoint.Location, name, pattern));
                    }
                }
                else
                {
                    diagnostics.Add(RouteDiagnostics.InvalidRoute(endpoint.FilePath, routePath, error ?? "invalid route"));
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
