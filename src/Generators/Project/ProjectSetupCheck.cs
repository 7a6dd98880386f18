using System;
using System.Collections.Generic;
using Pages.Generators.Model;

namespace Pages.Generators.Project;

/// <summary>
/// Warns about a project Pages will not serve well: an app that is neither a Web SDK project nor made a web app by the
/// package's build files (PAGE060), or a target
/// framework older than the runtime's (PAGE061). Both point at the project file, line 1.
/// </summary>
internal static class ProjectSetupCheck
{
    /// <summary>The oldest .NET the runtime targets (<c>lib/net10.0</c> in the package).</summary>
    public static readonly Version MinimumFramework = new(10, 0);

    public static EquatableArray<DiagnosticInfo> Check(ProjectSetup setup)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var at = new SourceSpan(0, 0, 1, 1, 1, 1);

        // A class library of pages or components is fine under Microsoft.NET.Sdk (the app is the web project), and
        // so is a test project that hosts pages in-process; only an app of its own misses what the Web SDK adds, unless
        // the package's Pages.WebApp.targets adds it (PagesWebApp, on by default for an app on Microsoft.NET.Sdk).
        if (setup.IsExecutable && !setup.UsesWebSdk && !setup.IsPagesWebApp && !setup.IsTestProject)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AppWithoutWebSdk, setup.ProjectPath, at, ProjectName(setup.ProjectPath)));
        }

        // Unknown values (a build that does not pass them) say nothing: no warning on a guess.
        if (setup.FrameworkIdentifier.Length > 0 && setup.FrameworkVersion.Length > 0
            && (!setup.FrameworkIdentifier.Equals(".NETCoreApp", StringComparison.OrdinalIgnoreCase)
                || !Version.TryParse(setup.FrameworkVersion.TrimStart('v', 'V'), out var version)
                || version < MinimumFramework))
        {
            var framework = setup.TargetFramework.Length > 0 ? setup.TargetFramework : setup.FrameworkIdentifier + "," + setup.FrameworkVersion;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTargetFramework, setup.ProjectPath, at,
                framework, MinimumFramework.ToString(2)));
        }

        return new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
    }

    private static string ProjectName(string path)
    {
        var name = path.Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        return slash >= 0 ? name.Substring(slash + 1) : name.Length > 0 ? name : "The project";
    }
}
