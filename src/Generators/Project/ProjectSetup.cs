using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Project;

/// <summary>
/// What kind of project references Pages, from MSBuild (<c>build_property.*</c>; the SDK makes
/// <c>UsingMicrosoftNETSdkWeb</c> and <c>TargetFramework</c> visible, the package's props the rest).
/// <see cref="IsPagesWebApp"/>: the package's Pages.WebApp.targets gives this Microsoft.NET.Sdk app what the Web SDK would.
/// </summary>
internal sealed record ProjectSetup(
    string ProjectPath,
    string TargetFramework,
    string FrameworkIdentifier,
    string FrameworkVersion,
    bool UsesWebSdk,
    bool IsPagesWebApp,
    bool IsExecutable,
    bool IsTestProject)
{
    public static ProjectSetup From(AnalyzerConfigOptions options)
    {
        var outputType = Read(options, "OutputType");
        return new ProjectSetup(
            Read(options, "MSBuildProjectFullPath"),
            Read(options, "TargetFramework"),
            Read(options, "TargetFrameworkIdentifier"),
            Read(options, "TargetFrameworkVersion"),
            IsTrue(Read(options, "UsingMicrosoftNETSdkWeb")),
            IsTrue(Read(options, "PagesWebApp")),
            outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase),
            IsTrue(Read(options, "IsTestProject")));
    }

    private static bool IsTrue(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase);

    private static string Read(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && value is not null ? value.Trim() : "";
}
