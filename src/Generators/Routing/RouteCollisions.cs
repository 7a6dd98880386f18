using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// Finds routes that match the same URLs: the same shape once parameter names and letter case are set aside
/// (<c>blog/[slug].page</c> and <c>blog/[id].page</c>; <c>about.page</c> and <c>about/index.page</c>;
/// <c>rss.xml.cs</c> and <c>rss.xml.page</c>). Pages and endpoints collide alike.
/// </summary>
internal static class RouteCollisions
{
    /// <summary>
    /// In a list sorted by <see cref="RouteComparer"/>, where routes of one shape are neighbours ordered by path,
    /// pairs each route that repeats a shape with the first route of that shape (the one that is kept).
    /// </summary>
    /// <param name="sorted">Routes sorted by <see cref="RouteComparer.Instance"/>.</param>
    /// <returns>(kept, duplicate) pairs of indexes into <paramref name="sorted"/>, in its order.</returns>
    public static IReadOnlyList<(int Kept, int Duplicate)> Find(IReadOnlyList<RouteModel> sorted)
    {
        var collisions = new List<(int, int)>();
        var kept = -1;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (kept >= 0 && RouteComparer.CompareShape(sorted[kept].Segments, sorted[i].Segments) == 0)
            {
                collisions.Add((kept, i));
                continue;
            }

            kept = i;
        }

        return collisions;
    }
}
