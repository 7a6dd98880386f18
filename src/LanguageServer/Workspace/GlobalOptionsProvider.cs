using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pages.LanguageServer.Workspace;

/// <summary>
/// The <c>build_property.*</c> values the generator reads, when no MSBuild evaluation supplied them (a project that
/// failed to load): the root namespace from the project file's name and the project folder.
/// </summary>
internal sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(values);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    public static GlobalOptionsProvider ForProjectFile(string projectPath) => new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = Path.GetFileNameWithoutExtension(projectPath),
        ["build_property.ProjectDir"] = Path.GetDirectoryName(projectPath)! + Path.DirectorySeparatorChar,
    });

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }
            value = "";
            return false;
        }
    }
}
