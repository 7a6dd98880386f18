using Pages.Generators.Model;

namespace Pages.Generators.Routing;

/// <summary>The routing diagnostics as data: PAGE021 (invalid route path) and PAGE015 (ambiguous route), both at 1:1 of the file.</summary>
internal static class RouteDiagnostics
{
    /// <summary>The start of a file (line 1, column 1, empty): a route comes from a file's path, not from its text.</summary>
    public static readonly SourceSpan FileStart = new(0, 0, 1, 1, 1, 1);

    /// <summary>PAGE021 for a path that <see cref="RoutePathParser.TryParse"/> rejected.</summary>
    /// <param name="filePath">The file's full path, where the diagnostic is reported.</param>
    /// <param name="routePath">The path relative to the pages root, shown in the message.</param>
    /// <param name="reason">The parser's error text.</param>
    /// <returns>The diagnostic.</returns>
    public static DiagnosticInfo InvalidRoute(string filePath, string routePath, string reason)
        => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRouteSegment, filePath, FileStart, routePath, reason);

    /// <summary>PAGE015 on <paramref name="duplicate"/>'s file: args are the kept route's pattern, then both route paths.</summary>
    /// <param name="kept">The route that stays in the table.</param>
    /// <param name="duplicate">The route that is dropped.</param>
    /// <returns>The diagnostic.</returns>
    public static DiagnosticInfo AmbiguousRoute(RouteModel kept, RouteModel duplicate)
        => DiagnosticInfo.Create(
            DiagnosticDescriptors.AmbiguousRoute, duplicate.FilePath, FileStart, kept.Pattern, kept.RoutePath, duplicate.RoutePath);
}
