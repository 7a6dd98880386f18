using System.Reflection;

namespace Pages.Generators.Emit;

/// <summary>
/// The name and version every generated type carries in its <c>[GeneratedCode]</c> attribute. The version is the
/// assembly's, which MSBuild sets from <c>PagesVersion</c> (Directory.Build.props), so it never drifts from the package.
/// </summary>
internal static class GeneratorInfo
{
    public const string Name = "Pages.Generators";

    /// <summary>The package version, without the source-revision suffix (<c>+&lt;commit&gt;</c>).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The attribute line, as generated code writes it above a type.</summary>
    public static string GeneratedCodeAttribute { get; } = $"[global::System.CodeDom.Compiler.GeneratedCode(\"{Name}\", \"{Version}\")]";

    private static string ReadVersion()
    {
        var assembly = typeof(GeneratorInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }
        var plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
