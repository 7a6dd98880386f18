using System.IO;

namespace Pages;

/// <summary>Where the export reports: standard output and error, and whether to draw a progress bar.</summary>
/// <param name="Out">Progress and the summary.</param>
/// <param name="Error">Failures.</param>
/// <param name="Interactive">Whether output is a terminal (a bar redrawn in place) rather than a log (plain lines).</param>
internal sealed record ExportConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>The process's console; plain lines when output is redirected, under <c>CI=true</c>, or on a dumb terminal.</summary>
    public static ExportConsole Create()
    {
        string? ci = Environment.GetEnvironmentVariable("CI");
        bool inCi = !string.IsNullOrEmpty(ci) && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0";
        bool dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new ExportConsole(Console.Out, Console.Error, !Console.IsOutputRedirected && !inCi && !dumb);
    }
}
