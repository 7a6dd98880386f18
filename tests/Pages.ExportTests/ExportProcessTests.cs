namespace Pages.ExportTests;

/// <summary>
/// The build command exports in a child process tuned for a short job (docs/static-export.md, "The export's process"),
/// and the first process hands off before the app's Main runs: Main, the host and its configuration watcher run once.
/// </summary>
public class ExportProcessTests
{
    [Fact]
    public async Task Main_runs_once_in_the_tuned_process_and_the_first_process_hands_off_before_it()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_REPORT_MAIN", "1"));
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] mains = run.StandardOutput.Split('\n').Where(line => line.StartsWith("Main ran:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Main ran: PAGES_EXPORT_TUNED=1, DOTNET_TieredPGO=0"], mains);
        Assert.Contains("Exported ", run.StandardOutput, StringComparison.Ordinal);
    }
}
