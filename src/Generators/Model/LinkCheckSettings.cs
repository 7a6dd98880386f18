using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Model;

/// <summary>
/// How literal links are checked (docs/routing.md#checked-links): MSBuild <c>PagesBrokenLinks</c> (<c>warning</c>,
/// <c>error</c> or <c>none</c>; unset, a warning in an app and none in a library, whose templates may link to routes
/// of the app that references it) and the web root whose files are link targets (<c>PagesWebRoot</c>,
/// default <c>wwwroot</c>), as an absolute folder with <c>/</c> and a trailing slash.
/// </summary>
/// <param name="Severity">The severity of PAGE050, or null when links are not checked.</param>
/// <param name="WebRoot">The web root folder, e.g. <c>/src/App/wwwroot/</c>.</param>
/// <param name="WebRootName">The web root as the project names it, e.g. <c>wwwroot</c>.</param>
internal sealed record LinkCheckSettings(DiagnosticSeverity? Severity, string WebRoot, string WebRootName)
{
    public static LinkCheckSettings From(AnalyzerConfigOptions options)
    {
        var projectDir = Read(options, "ProjectDir").Replace('\\', '/');
        if (projectDir.Length > 0 && !projectDir.EndsWith("/", StringComparison.Ordinal))
        {
            projectDir += "/";
        }

        var webRootName = Read(options, "PagesWebRoot").Replace('\\', '/').Trim('/');
        webRootName = webRootName.Length == 0 ? "wwwroot" : webRootName;
        var isLibrary = string.Equals(Read(options, "OutputType"), "Library", StringComparison.OrdinalIgnoreCase);
        DiagnosticSeverity? severity = Read(options, "PagesBrokenLinks").ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "none" or "off" => null,
            _ => isLibrary ? null : DiagnosticSeverity.Warning,
        };
        return new LinkCheckSettings(severity, projectDir + webRootName + "/", webRootName);
    }

    private static string Read(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && value is not null ? value.Trim() : "";
}
