using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pages;

/// <summary>Maps the pages: <c>app.MapPages()</c>.</summary>
public static class PagesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every page of every registered assembly (GET and HEAD), in the generator's priority order, plus
    /// <c>/404</c> when the app has a 404 page and a lowest-priority fallback that answers unmatched URLs with
    /// 404 and the 404 page body (see <see cref="PagesOptions.MapNotFoundFallback"/>). Does not serve <c>wwwroot</c>.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <returns>A builder whose conventions (<c>.RequireAuthorization()</c>, <c>.CacheOutput()</c>) apply to every page.</returns>
    /// <exception cref="InvalidOperationException"><c>AddPages()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapPages(this IEndpointRouteBuilder endpoints) =>
        MapPages(endpoints, PagesRegistry.Manifests);

    /// <summary>Maps the pages of the given manifests (tests pass their own instead of the process-wide registry).</summary>
    internal static IEndpointConventionBuilder MapPages(this IEndpointRouteBuilder endpoints, IReadOnlyList<PagesManifest> manifests)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        PagesRuntime runtime = endpoints.ServiceProvider.GetService<PagesRuntime>()
            ?? throw new InvalidOperationException("Pages is not registered: call builder.Services.AddPages() before app.MapPages().");

        if (runtime.IsDevelopment && endpoints.ServiceProvider.GetService<IHostEnvironment>() is { } host)
        {
            // Content bodies come from the project's .md files, so an edited body shows without a rebuild.
            ContentSourceFiles.UseProjectDirectory(host.ContentRootPath);
        }

        var routes = new RouteRegistrations();
        foreach (PagesManifest manifest in manifests)
        {
            manifest.Register(routes);
        }

        RedirectPlacement.Insert(routes, runtime.Options.Redirects);

        if (routes.ErrorPages.TryGetValue(404, out PageRegistration? notFound))
        {
            runtime.NotFoundPage = new PageEndpoint(notFound, runtime);
        }

        if (routes.ErrorPages.TryGetValue(500, out PageRegistration? serverError))
        {
            runtime.ServerErrorPage = new PageEndpoint(serverError, runtime);
        }

        endpoints.ServiceProvider.GetService<AppRouteTable>()?.Add(routes);
        var dataSource = new PageEndpointDataSource(routes, runtime);
        endpoints.DataSources.Add(dataSource);
        return dataSource;
    }
}
