using System.IO.Compression;
using System.Text.Json;
using Pages.EditorTests.Infrastructure;

namespace Pages.EditorTests;

/// <summary>editors/vscode/scripts/package.sh builds the extension and packs a .vsix that VS Code can install.</summary>
public sealed class VsixPackageTests
{
    [Fact]
    public void Package_script_builds_a_vsix_with_the_manifest_grammar_and_compiled_extension()
    {
        NodeModules.EnsureInstalled();
        var result = ExtensionCommand.Run("bash", ["scripts/package.sh"], TimeSpan.FromMinutes(5), "The packaging script needs bash.");
        Assert.True(result.ExitCode == 0, result.ToString());

        var vsix = result.Output.TrimEnd().Split('\n')[^1];
        Assert.True(vsix.EndsWith(".vsix", StringComparison.Ordinal) && File.Exists(vsix), $"no .vsix at '{vsix}':\n{result}");

        using var zip = ZipFile.OpenRead(vsix);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("extension.vsixmanifest", entries);
        Assert.Contains("extension/package.json", entries);
        Assert.Contains("extension/language-configuration.json", entries);
        Assert.Contains("extension/syntaxes/page.tmLanguage.json", entries);
        Assert.Contains("extension/out/extension.js", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("extension/node_modules/", StringComparison.Ordinal) || e.StartsWith("extension/src/", StringComparison.Ordinal));

        // The server is bundled exactly when its project is in the repository.
        Assert.Equal(ExtensionFolder.HasLanguageServerProject, entries.Contains("extension/server/Pages.LanguageServer.dll"));
        if (!ExtensionFolder.HasLanguageServerProject)
        {
            Assert.Contains("packaging without a bundled language server", result.Output);
        }

        using var manifest = JsonDocument.Parse(Read(zip, "extension/package.json"));
        var contributes = manifest.RootElement.GetProperty("contributes");
        Assert.Equal("page", contributes.GetProperty("languages")[0].GetProperty("id").GetString());
        Assert.Equal(".page", contributes.GetProperty("languages")[0].GetProperty("extensions")[0].GetString());
        Assert.Equal("source.page", contributes.GetProperty("grammars")[0].GetProperty("scopeName").GetString());
        Assert.Equal("./out/extension.js", manifest.RootElement.GetProperty("main").GetString());

        using var grammar = JsonDocument.Parse(Read(zip, "extension/syntaxes/page.tmLanguage.json"));
        Assert.Equal("source.page", grammar.RootElement.GetProperty("scopeName").GetString());

        // The bundle carries the LSP client and the HTML language service itself (node_modules is not in the .vsix).
        var extension = Read(zip, "extension/out/extension.js");
        Assert.Contains("pages-language-server", extension, StringComparison.Ordinal);
        Assert.Contains("textDocument/completion", extension, StringComparison.Ordinal);
        Assert.Contains("doComplete", extension, StringComparison.Ordinal);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
