using System.Text.RegularExpressions;
using Pages.EditorTests.Infrastructure;

namespace Pages.EditorTests;

/// <summary>One run of vscode-tmgrammar-test over every snippet in editors/vscode/test/grammar, shared by the tests below.</summary>
public sealed class GrammarRun
{
    public CommandResult Result { get; } = NodeModules.RunScript("test:grammar", TimeSpan.FromMinutes(2));
}

/// <summary>
/// The TextMate grammar (syntaxes/page.tmLanguage.json) against the scope assertions in test/grammar/*.page, run by
/// vscode-tmgrammar-test with the C#, HTML, JavaScript and CSS grammars VS Code ships (taken from Shiki's copies).
/// </summary>
public sealed partial class GrammarTests(GrammarRun run) : IClassFixture<GrammarRun>
{
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExtensionFolder.Combine("test", "grammar"), "*.page").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_meets_every_scope_assertion(string snippet)
    {
        Assert.Contains($"✓ test/grammar/{snippet} run successfuly.", run.Result.Output);
        Assert.DoesNotContain($"test/grammar/{snippet}:", run.Result.Output);
    }

    [Fact]
    public void Every_snippet_ran_and_the_run_exited_zero()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        var passed = PassedLine().Matches(run.Result.Output).Count;
        Assert.True(passed == Snippets().Count && passed >= 9, $"{passed} snippets passed of {Snippets().Count}:\n{run.Result}");
    }

    [Fact]
    public void A_wrong_scope_assertion_fails_the_run()
    {
        // The harness must be able to fail: a hole asserted to be an HTML tag name.
        var folder = ExtensionFolder.Combine("test", ".tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "wrong.page"),
                "// SYNTAX TEST \"source.page\" \"a deliberately wrong assertion\"\n<p>{name}</p>\n//   ^^^^ entity.name.tag.html\n");
            // The class fixture's run has written the embedded grammars to test/.grammars.
            Assert.True(File.Exists(ExtensionFolder.Combine("test", ".grammars", "csharp.json")), run.Result.ToString());
            var result = ExtensionCommand.Run("npx", [
                "--no-install", "vscode-tmgrammar-test", "-c",
                "-g", "test/.grammars/csharp.json", "-g", "test/.grammars/html.json",
                "-g", "test/.grammars/javascript.json", "-g", "test/.grammars/css.json",
                Path.GetRelativePath(ExtensionFolder.Root, Path.Combine(folder, "wrong.page")),
            ], TimeSpan.FromMinutes(1), "npx comes with npm.");

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Contains("Missing required scopes: [ entity.name.tag.html ]", result.Output);
            Assert.Contains("meta.embedded.expression.page", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^✓ test/grammar/[^ ]+\.page run successfuly\.$", RegexOptions.Multiline)]
    private static partial Regex PassedLine();
}
