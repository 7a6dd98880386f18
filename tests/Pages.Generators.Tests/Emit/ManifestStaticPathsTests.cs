using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// The manifest hands every <c>GetStaticPaths()</c> shape to <c>StaticPaths.From</c>, and bakes the MSBuild export
/// settings in; the generated code must compile for each shape (overload resolution, not the generator, picks).
/// </summary>
public class ManifestStaticPathsTests
{
    [Fact]
    public void Every_GetStaticPaths_shape_compiles_and_build_settings_are_baked_in()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesBuildFormat"] = "file";
        properties["build_property.PagesTrailingSlash"] = "Always";
        var run = GeneratorHarness.Run(
            [
                ("Pages/sync/[slug].page", """
                    ---
                    public static IEnumerable<StaticPath> GetStaticPaths() => [new StaticPath(new() { ["slug"] = "a" })];
                    ---
                    <h1>{Params["slug"]}</h1>
                    """),
                ("Pages/props/[slug].page", """
                    ---
                    record Props(string Title);
                    public static List<StaticPath<Props>> GetStaticPaths() => [new StaticPath<Props>(new() { ["slug"] = "a" }, new Props("A"))];
                    ---
                    <h1>{props.Title}</h1>
                    """),
                ("Pages/task/[slug].page", """
                    ---
                    public static async Task<StaticPath[]> GetStaticPaths() { await Task.Yield(); return [new StaticPath(new() { ["slug"] = "a" })]; }
                    ---
                    <h1>task</h1>
                    """),
                ("Pages/valuetask/[slug].page", """
                    ---
                    record Props(int N);
                    public static ValueTask<IEnumerable<StaticPath<Props>>> GetStaticPaths() => new([new StaticPath<Props>(new() { ["slug"] = "a" }, new Props(1))]);
                    ---
                    <h1>{props.N}</h1>
                    """),
                ("Pages/stream/[...path].page", """
                    ---
                    public static async IAsyncEnumerable<StaticPath> GetStaticPaths() { await Task.Yield(); yield return new StaticPath(new() { ["path"] = "a/b" }); }
                    ---
                    <h1>stream</h1>
                    """),
            ],
            properties);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesManifest.g.cs"), "manifest_static_paths");
    }

    [Fact]
    public void Unknown_build_settings_fall_back_to_the_runtime_defaults()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesBuildFormat"] = "folders";
        var run = GeneratorHarness.Run([("Pages/index.page", "<h1>home</h1>")], properties);
        Assert.DoesNotContain("BuildFormat", run.Source("PagesManifest.g.cs"));
        Assert.DoesNotContain("TrailingSlash", run.Source("PagesManifest.g.cs"));
    }
}
