using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pages;

/// <summary>
/// The static paths of one prerendered dynamic route: asked for once (on first use, then kept), checked against
/// the route's parameters, and indexed by their values, so an on-demand request finds its path (and props) and a
/// URL outside the list gets the 404 page (docs/routing.md).
/// </summary>
internal sealed class StaticPathTable
{
    private const char KeySeparator = '\0';

    private readonly Func<ValueTask<IReadOnlyList<StaticPath>>> _source;
    private readonly string _sourceFile;
    private readonly string _pattern;
    private readonly RoutePatternParameterPart[] _parameters;
    private readonly Lock _gate = new();
    private Task<Resolved>? _resolved;

    public StaticPathTable(string pattern, string sourceFile, Func<ValueTask<IReadOnlyList<StaticPath>>> source)
    {
        _pattern = pattern;
        _sourceFile = sourceFile;
        _source = source;
        _parameters = [.. PageRoutePattern.Parse(pattern).Parameters];
    }

    /// <summary>The route's parameters, in pattern order.</summary>
    public IReadOnlyList<RoutePatternParameterPart> Parameters => _parameters;

    /// <summary>Whether <c>GetStaticPaths()</c> was already called (it is called once per app).</summary>
    public bool IsLoaded
    {
        get
        {
            lock (_gate)
            {
                return _resolved is not null;
            }
        }
    }

    /// <summary>Every static path, in the order <c>GetStaticPaths()</c> returned them.</summary>
    /// <exception cref="InvalidOperationException">A path lacks a parameter, names an unknown one, or repeats another.</exception>
    public async Task<IReadOnlyList<StaticPath>> GetPathsAsync() => (await ResolveAsync().ConfigureAwait(false)).Paths;

    /// <summary>The static path whose params equal the request's route values; <see langword="null"/> when none does.</summary>
    public async ValueTask<StaticPath?> FindAsync(RouteValueDictionary routeValues)
    {
        Resolved resolved = await ResolveAsync().ConfigureAwait(false);
        string key = Key(name => routeValues.TryGetValue(name, out object? value) ? value?.ToString() : null);
        return resolved.ByKey.GetValueOrDefault(key);
    }

    private Task<Resolved> ResolveAsync()
    {
        lock (_gate)
        {
            // A failure is kept too: every request and the export report the same error.
            return _resolved ??= Task.Run(LoadAsync);
        }
    }

    private async Task<Resolved> LoadAsync()
    {
        IReadOnlyList<StaticPath> paths = await _source().ConfigureAwait(false);
        var byKey = new Dictionary<string, StaticPath>(paths.Count, StringComparer.Ordinal);
        foreach (StaticPath path in paths)
        {
            Check(path);
            string key = Key(name => path.Params.GetValueOrDefault(name));
            if (!byKey.TryAdd(key, path))
            {
                throw Error($"returned {path} twice; each static path must be unique.");
            }
        }

        return new Resolved(paths, byKey);
    }

    private void Check(StaticPath path)
    {
        foreach (RoutePatternParameterPart parameter in _parameters)
        {
            if (!path.Params.ContainsKey(parameter.Name) && !parameter.IsCatchAll)
            {
                throw Error($"returned {path}, which lacks the parameter '{parameter.Name}' of the route {_pattern}.");
            }
        }

        foreach (string name in path.Params.Keys)
        {
            if (!Array.Exists(_parameters, p => string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                throw Error($"returned {path}, whose parameter '{name}' is not in the route {_pattern}.");
            }
        }
    }

    // Route values compare as routing gives them: a missing catch-all and an empty one are the same, and a
    // catch-all's slashes at either end do not count (/docs/a/ and /docs/a are one page).
    private string Key(Func<string, string?> valueOf)
    {
        var key = new System.Text.StringBuilder();
        foreach (RoutePatternParameterPart parameter in _parameters)
        {
            string value = valueOf(parameter.Name) ?? "";
            key.Append(parameter.IsCatchAll ? value.Trim('/') : value).Append(KeySeparator);
        }

        return key.ToString();
    }

    private InvalidOperationException Error(string message) => new($"GetStaticPaths() of {_sourceFile} {message}");

    private sealed record Resolved(IReadOnlyList<StaticPath> Paths, Dictionary<string, StaticPath> ByKey);
}
