namespace Pages.EditorTests.Infrastructure;

/// <summary>Runs a command of the extension's toolchain (bash, node, npm) in <c>editors/vscode</c>, as a shell would.</summary>
internal static class ExtensionCommand
{
    // Plain output to parse: no colours, no npm update notices.
    private static readonly Dictionary<string, string> s_plainOutput = new()
    {
        ["NO_COLOR"] = "1",
        ["FORCE_COLOR"] = "0",
        ["NO_UPDATE_NOTIFIER"] = "1",
        ["npm_config_update_notifier"] = "false",
    };

    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="args"/> in the extension folder, killing it with its
    /// children after <paramref name="timeout"/>. A program that is not installed throws with <paramref name="missingHint"/>.
    /// </summary>
    public static CommandResult Run(string fileName, string[] args, TimeSpan timeout, string missingHint)
        => ChildProcess.Run(fileName, args, timeout, ExtensionFolder.Root, s_plainOutput, missingHint);
}
