namespace Pages.Tests;

/// <summary>The build command re-runs the app in a child tuned for a short export; these pin its command line.</summary>
public class ExportProcessTuningTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values)
        => name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Under_dotnet_the_child_runs_the_same_app_dll_and_arguments_with_PGO_and_the_config_watcher_off()
    {
        var start = ExportProcessTuning.CreateStartInfo("/usr/share/dotnet/dotnet", ["/app/Site.dll", "build", "--out", "dist"], hasJit: true, Env(), ExportProcessTuning.ChildProcessContentFiles);
        Assert.NotNull(start);
        Assert.Equal("/usr/share/dotnet/dotnet", start.FileName);
        Assert.Equal(["/app/Site.dll", "build", "--out", "dist"], start.ArgumentList);
        Assert.Equal("0", start.Environment["DOTNET_TieredPGO"]);
        Assert.Equal("false", start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"]);
        Assert.Equal("1", start.Environment[ExportProcessTuning.MarkerVariable]);
    }

    [Theory]
    [InlineData(ExportProcessTuning.ChildProcessContentFiles, null)]
    [InlineData(ExportProcessTuning.OptimizedJitContentFiles - 1, null)]
    [InlineData(ExportProcessTuning.OptimizedJitContentFiles, "0")]
    public void From_many_content_files_on_the_child_also_compiles_every_method_optimized_once(int contentFiles, string? tieredCompilation)
    {
        var start = ExportProcessTuning.CreateStartInfo("/usr/share/dotnet/dotnet", ["/app/Site.dll", "build"], hasJit: true, Env(), contentFiles);
        Assert.NotNull(start);
        Assert.Equal(tieredCompilation, start.Environment.TryGetValue("DOTNET_TieredCompilation", out string? value) ? value : null);
    }

    [Fact]
    public void A_users_own_tiered_compilation_setting_is_kept()
    {
        var start = ExportProcessTuning.CreateStartInfo("/usr/share/dotnet/dotnet", ["/app/Site.dll", "build"], hasJit: true, Env(("DOTNET_TieredCompilation", "1")), contentFiles: 4000);
        Assert.NotNull(start);
        Assert.NotEqual("0", start.Environment.TryGetValue("DOTNET_TieredCompilation", out string? value) ? value : null);
    }

    [Fact]
    public void Under_the_app_host_the_child_is_the_app_itself()
    {
        var start = ExportProcessTuning.CreateStartInfo("/app/Site", ["/app/Site.dll", "build"], hasJit: true, Env(), ExportProcessTuning.ChildProcessContentFiles);
        Assert.NotNull(start);
        Assert.Equal("/app/Site", start.FileName);
        Assert.Equal(["build"], start.ArgumentList);
    }

    [Theory]
    [InlineData("PAGES_EXPORT_TUNED", "1")]
    [InlineData("DOTNET_TieredPGO", "1")]
    public void The_child_itself_or_a_user_choice_exports_in_process(string name, string value)
        => Assert.Null(ExportProcessTuning.CreateStartInfo("/app/Site", ["/app/Site.dll", "build"], hasJit: true, Env((name, value)), contentFiles: 4000));

    [Fact]
    public void Native_AOT_has_no_JIT_to_tune_and_exports_in_process()
        => Assert.Null(ExportProcessTuning.CreateStartInfo("/app/Site", ["/app/Site", "build"], hasJit: false, Env(), contentFiles: 4000));

    [Theory]
    [InlineData(0, false)]
    [InlineData(ExportProcessTuning.ChildProcessContentFiles - 1, false)]
    [InlineData(ExportProcessTuning.ChildProcessContentFiles, true)]
    public void A_small_site_exports_in_the_first_process_where_a_second_start_costs_more_than_the_tuning_saves(int contentFiles, bool child)
        => Assert.Equal(child, ExportProcessTuning.CreateStartInfo("/usr/share/dotnet/dotnet", ["/app/Site.dll", "build"], hasJit: true, Env(), contentFiles) is not null);

    [Theory]
    [InlineData("0", 0, true)]
    [InlineData("100", 99, false)]
    [InlineData("100", 100, true)]
    [InlineData("not a number", ExportProcessTuning.ChildProcessContentFiles, true)]
    public void PAGES_EXPORT_CHILD_FROM_moves_the_size_from_which_the_child_runs(string childFrom, int contentFiles, bool child)
        => Assert.Equal(child, ExportProcessTuning.CreateStartInfo(
            "/usr/share/dotnet/dotnet", ["/app/Site.dll", "build"], hasJit: true, Env((ExportProcessTuning.ChildFromVariable, childFrom)), contentFiles) is not null);

    [Theory]
    [InlineData(null, null, "false")]
    [InlineData("true", null, null)]
    [InlineData(null, "true", null)]
    public void An_export_in_this_process_turns_the_configuration_watcher_off_unless_the_user_set_it(string? dotnet, string? aspnetcore, string? set)
    {
        var written = new Dictionary<string, string>();
        ExportProcessTuning.TurnOffConfigurationWatcher(
            Env(("DOTNET_hostBuilder__reloadConfigOnChange", dotnet!), ("ASPNETCORE_hostBuilder__reloadConfigOnChange", aspnetcore!)),
            (name, value) => written[name] = value);
        Assert.Equal(set, written.GetValueOrDefault("DOTNET_hostBuilder__reloadConfigOnChange"));
        Assert.True(written.Count <= 1);
    }
}
