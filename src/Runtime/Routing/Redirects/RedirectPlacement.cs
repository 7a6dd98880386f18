using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// Places the configured redirects among the compiled routes of a <see cref="RouteRegistrations"/>, by the same
/// priority rules (a static redirect beats <c>[param]</c> pages, a page beats a <c>[...rest]</c> redirect), and
/// refuses a redirect that matches the same URLs as a route or another redirect, as two pages would (PAGE015).
/// </summary>
internal static class RedirectPlacement
{
    /// <exception cref="InvalidOperationException">A redirect collides with a route or another redirect.</exception>
    public static void Insert(RouteRegistrations routes, IReadOnlyList<ConfiguredRedirect> redirects)
    {
        foreach (ConfiguredRedirect redirect in redirects)
        {
            // Right after the last route that beats it: each manifest's routes are sorted, but a library's come
            // before the app's, so "before the first route it beats" could land in the wrong manifest's block.
            int position = 0;
            for (int i = 0; i < routes.InOrder.Count; i++)
            {
                (string pattern, string name) = (routes.InOrder[i].Pattern, routes.InOrder[i].Source);
                int order = RoutePatternShapeComparer.Compare(redirect.Pattern, PageRoutePattern.Parse(pattern));
                if (order == 0)
                {
                    throw new InvalidOperationException(
                        $"The {redirect.DisplayName} matches the same URLs as {name} ({pattern}); remove one of them, or move the page.");
                }

                if (order > 0)
                {
                    position = i + 1;
                }
            }

            routes.InsertInOrder(position, new RedirectRegistration(redirect, Target(routes, redirect)));
        }
    }

    // The page the target path names, found by shape ([slug] and [id] are one route).
    private static PageRegistration? Target(RouteRegistrations routes, ConfiguredRedirect redirect)
    {
        if (!redirect.IsLocal)
        {
            return null;
        }

        string path = redirect.To.Split('?', '#')[0];
        RoutePattern pattern;
        try
        {
            pattern = PageRoutePattern.Parse(AstroRouteSyntax.ToTemplate(path));
        }
        catch (RoutePatternException)
        {
            return null;
        }

        foreach (PageRegistration page in routes.RoutablePages)
        {
            if (page.StatusCode is null && RoutePatternShapeComparer.Compare(pattern, PageRoutePattern.Parse(page.Pattern)) == 0)
            {
                return page;
            }
        }

        return null;
    }
}
