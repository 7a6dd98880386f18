namespace ExportSite;

/// <summary>Set by <see cref="StartupService"/>: pages show it, proving the export ran after hosted services started.</summary>
public sealed class StartupState
{
    public string Value { get; set; } = "not started";
}
