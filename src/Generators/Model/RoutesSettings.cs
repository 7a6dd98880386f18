using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Model;

/// <summary>
/// Where the generated <c>Routes</c> class goes and how its URLs end (docs/routing.md#typed-links): MSBuild
/// <c>PagesRoutesClass</c> (a full name; default <c>&lt;RootNamespace&gt;.Routes</c>) and
/// <c>PagesTrailingSlash</c> (<c>always</c> gives page URLs a trailing slash).
/// </summary>
/// <param name="Namespace">The class's namespace; empty for the global namespace.</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="TrailingSlash">Page URLs end with <c>/</c>.</param>
internal sealed record RoutesSettings(string Namespace, string ClassName, bool TrailingSlash)
{
    /// <summary>The class's name when <c>PagesRoutesClass</c> is not set.</summary>
    public const string DefaultClassName = "Routes";

    public static RoutesSettings From(AnalyzerConfigOptions options)
    {
        var fullName = Read(options, "PagesRoutesClass");
        if (fullName.Length == 0)
        {
            var rootNamespace = Read(options, "RootNamespace");
            fullName = rootNamespace.Length == 0 ? DefaultClassName : rootNamespace + "." + DefaultClassName;
        }

        var dot = fullName.LastIndexOf('.');
        var trailingSlash = string.Equals(Read(options, "PagesTrailingSlash"), "always", StringComparison.OrdinalIgnoreCase);
        return dot < 0
            ? new RoutesSettings("", fullName, trailingSlash)
            : new RoutesSettings(fullName.Substring(0, dot), fullName.Substring(dot + 1), trailingSlash);
    }

    private static string Read(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && value is not null ? value.Trim() : "";
}
