namespace Pages.ExportTests;

/// <summary>
/// The build command exports in a child process tuned for a short job (docs/static-export.md, "The export's process"),
/// and the first process hands off before the app's Main runs: Main, the host and its configuration watcher run once.
/// The fixture is a small site, which exports in the first process unless PAGES_EXPORT_CHILD_FROM says otherwise. In
/// either process the host is built without a configuration reload watcher (it would watch the folder the export writes).
/// </summary>
public class ExportProcessTests
{
    [Fact]
    public async Task Main_runs_once_in_the_tuned_process_and_the_first_process_hands_off_before_it()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_REPORT_MAIN", "1"), ("PAGES_EXPORT_CHILD_FROM", "0"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Main ran: PAGES_EXPORT_TUNED=1, DOTNET_TieredPGO=0, reloadConfigOnChange=false"], Mains(run));
        Assert.Contains("Exported ", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_site_exports_in_the_first_process_with_Main_run_once()
    {
        using ExportRun run = await ExportRun.StartAsync(("EXPORT_FIXTURE_REPORT_MAIN", "1"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Main ran: PAGES_EXPORT_TUNED=, DOTNET_TieredPGO=, reloadConfigOnChange=false"], Mains(run));
        Assert.Contains("Exported ", run.StandardOutput, StringComparison.Ordinal);
    }

    private static string[] Mains(ExportRun run)
        => run.StandardOutput.Split('\n').Where(line => line.StartsWith("Main ran:", StringComparison.Ordinal)).ToArray();
}
