namespace Pages.EditorTests.Infrastructure;

/// <summary>
/// The extension's npm packages, installed once per test run by <c>scripts/ensure-node-modules.sh</c> (<c>npm ci</c>,
/// skipped when node_modules already matches package-lock.json). Every test class waits for it first.
/// </summary>
internal static class NodeModules
{
    /// <summary>What to do when node or npm cannot be started: part of every such failure message.</summary>
    internal const string NodeHint =
        "The VS Code extension tests need Node.js 20 or later and npm on PATH (e.g. `apt-get install nodejs npm`, or nodejs.org).";

    private static readonly Lazy<CommandResult> s_install = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Installs the packages (once) and fails with the install's output, or with a clear hint when node is missing.</summary>
    public static void EnsureInstalled()
    {
        var install = s_install.Value;
        Assert.True(install.ExitCode == 0, $"Installing the extension's npm packages failed. {NodeHint}\n{install}");
    }

    /// <summary>Runs an npm script of editors/vscode/package.json (e.g. <c>test:grammar</c>) after the install.</summary>
    public static CommandResult RunScript(string script, TimeSpan timeout)
    {
        EnsureInstalled();
        return ExtensionCommand.Run("npm", ["run", "--silent", script], timeout, NodeHint);
    }

    private static CommandResult Install()
    {
        var node = ExtensionCommand.Run("node", ["--version"], TimeSpan.FromSeconds(30), NodeHint);
        if (node.ExitCode != 0)
        {
            return node;
        }

        return ExtensionCommand.Run("bash", ["scripts/ensure-node-modules.sh"], TimeSpan.FromMinutes(5), NodeHint);
    }
}
