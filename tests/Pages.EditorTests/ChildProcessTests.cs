using Pages.EditorTests.Infrastructure;

namespace Pages.EditorTests;

/// <summary>How the fixture fails on a machine without the extension's toolchain.</summary>
public sealed class ChildProcessTests
{
    [Fact]
    public void A_program_that_is_not_installed_fails_with_the_install_hint()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ExtensionCommand.Run("pages-editor-tests-no-such-node", ["--version"], TimeSpan.FromSeconds(10), NodeModules.NodeHint));

        Assert.Contains("pages-editor-tests-no-such-node", error.Message);
        Assert.Contains("Node.js 20 or later and npm on PATH", error.Message);
    }
}
