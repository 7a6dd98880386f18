using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Emit;

/// <summary>
/// A page that declares <c>public const bool Antiforgery = false;</c> is registered with <c>antiforgery: false</c>
/// (the runtime checks form POSTs before the page exists, so the route table carries the setting); every other
/// page's registration stays as it was, and the manifest compiles with static paths before the setting.
/// </summary>
public class ManifestAntiforgeryTests
{
    [Fact]
    public void Opted_out_pages_are_registered_with_antiforgery_false()
    {
        var run = GeneratorHarness.Run(
            [
                ("Pages/hook.page", """
                    ---
                    public const bool Prerender = false;
                    public const bool Antiforgery = false;
                    ---
                    <p>hook</p>
                    """),
                ("Pages/form.page", """
                    ---
                    public const bool Prerender = false;
                    public const bool Antiforgery = true;
                    ---
                    <p>form</p>
                    """),
                ("Pages/hooks/[name].page", """
                    ---
                    public const bool Antiforgery = false;
                    public static IEnumerable<StaticPath> GetStaticPaths() => [new StaticPath(new() { ["name"] = "a" })];
                    ---
                    <p>{Params["name"]}</p>
                    """),
                ("Pages/index.page", "<h1>home</h1>"),
            ]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesManifest.g.cs"), "manifest_antiforgery");
    }
}
