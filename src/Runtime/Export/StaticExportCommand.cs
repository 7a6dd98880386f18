using System.Diagnostics.CodeAnalysis;

namespace Pages;

/// <summary>
/// The <c>build</c> command on the process's command line (<c>dotnet run -- build [--out dist] [--no-check-links] [--clean]</c>),
/// which turns the app into its own static exporter.
/// </summary>
/// <param name="OutputDirectory">The output folder given with <c>--out</c>, or null.</param>
/// <param name="CheckLinks">Check the links of the written pages (unless <c>--no-check-links</c>).</param>
/// <param name="Clean">Empty the output folder and write every file (<c>--clean</c>), instead of the incremental export.</param>
internal sealed record StaticExportCommand(string? OutputDirectory, bool CheckLinks = true, bool Clean = false)
{
    /// <summary>The option that skips the link check.</summary>
    public const string NoCheckLinks = "--no-check-links";

    /// <summary>The option that forces a full export: the output folder is emptied and every file written.</summary>
    public const string CleanOption = "--clean";

    /// <summary>The command word, the first argument after the program.</summary>
    public const string Name = "build";

    /// <summary>Reads the command from <see cref="Environment.GetCommandLineArgs"/> (program first, then arguments).</summary>
    public static bool TryParse(string[] commandLine, [NotNullWhen(true)] out StaticExportCommand? command)
    {
        command = null;
        if (commandLine.Length < 2 || !string.Equals(commandLine[1], Name, StringComparison.Ordinal))
        {
            return false;
        }

        string? output = null;
        bool checkLinks = true;
        bool clean = false;
        for (int i = 2; i < commandLine.Length; i++)
        {
            string argument = commandLine[i];
            if (argument is "--out" or "-o" && i + 1 < commandLine.Length)
            {
                output = commandLine[++i];
            }
            else if (argument.StartsWith("--out=", StringComparison.Ordinal))
            {
                output = argument["--out=".Length..];
            }
            else if (argument == NoCheckLinks)
            {
                checkLinks = false;
            }
            else if (argument == CleanOption)
            {
                clean = true;
            }
        }

        command = new StaticExportCommand(string.IsNullOrWhiteSpace(output) ? null : output, checkLinks, clean);
        return true;
    }
}
