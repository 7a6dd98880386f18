using System;
using System.Collections.Generic;
using System.Linq;
using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>
/// The routes of a project in the order they are tried (<see cref="RouteComparer"/>), each shape once,
/// and a PAGE015 for every route dropped because an earlier path already has its shape.
/// </summary>
/// <param name="Routes">The routes, first tried first.</param>
/// <param name="Diagnostics">PAGE015 diagnostics, ordered by file path.</param>
internal sealed record RouteTable(EquatableArray<RouteModel> Routes, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Sorts <paramref name="routes"/>, keeps the first route of each shape (by route path, ordinal) and reports
    /// the others on their own file (<see cref="RouteDiagnostics.AmbiguousRoute"/>).
    /// </summary>
    /// <param name="routes">Every routable page and endpoint, in any order.</param>
    /// <returns>The same table for the same routes, whatever their input order.</returns>
    public static RouteTable Build(IEnumerable<RouteModel> routes)
    {
        var sorted = routes.ToList();
        sorted.Sort(RouteComparer.Instance);

        var collisions = RouteCollisions.Find(sorted);
        if (collisions.Count == 0)
        {
            return new RouteTable(sorted.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
        }

        var dropped = new HashSet<int>(collisions.Select(c => c.Duplicate));
        var diagnostics = collisions
            .Select(c => RouteDiagnostics.AmbiguousRoute(sorted[c.Kept], sorted[c.Duplicate]))
            .OrderBy(d => d.FilePath, StringComparer.Ordinal);
        return new RouteTable(
            sorted.Where((_, i) => !dropped.Contains(i)).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }
}
