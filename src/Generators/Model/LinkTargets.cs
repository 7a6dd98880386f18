namespace Pages.Generators.Model;

/// <summary>
/// What a literal link may point at: the app's routes (pages and endpoints, its own and its libraries') and the
/// files of its web root, as paths relative to the web root with <c>/</c> (<c>css/site.css</c>), ordered ordinally.
/// </summary>
internal sealed record LinkTargets(EquatableArray<RouteTarget> Routes, EquatableArray<string> Files);
