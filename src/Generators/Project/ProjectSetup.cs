using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.Generators.Project;

/// <summary>
/// What kind of project references Pages, from MSBuild (<c>build_property.*</c>; the SDK makes
/// <c>UsingMicrosoftNETSdkWeb</c> and <c>TargetFramework</c> visible, the package's props the rest).
/// </summary>
internal sealed record ProjectSetup(
    string ProjectPath,
    string TargetFramework,
    string FrameworkIdentifier,
    string FrameworkVersion,
    bool UsesWebSdk,
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
            outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase),
            IsTrue(Read(options, "IsTestProject")));
    }

    private static bool IsTrue(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase);

    private static string Read(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && value is not null ? value.Trim() : "";
}
