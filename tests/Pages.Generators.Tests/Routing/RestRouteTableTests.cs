using System.Reflection;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Routing;

/// <summary>
/// Rest parameters anywhere (docs/routing.md#rest-parameters), through the whole generator: the route table it emits
/// (order by Astro's rules, patterns with a rest folder followed by more segments) and the typed links of the
/// <c>Routes</c> class, compiled and called.
/// </summary>
public class RestRouteTableTests
{
    private const string OnDemand = "---\nconst bool Prerender = false;\n---\n";

    private static readonly (string Path, string Text)[] s_site =
    [
        ("Pages/index.page", "<h1>Home</h1>"),
        ("Pages/wiki/[...path]/edit.page", OnDemand + "<h1>edit</h1>"),
        ("Pages/wiki/[id]/edit.page", OnDemand + "<h1>edit one</h1>"),
        ("Pages/wiki/main/edit.page", "<h1>edit main</h1>"),
        ("Pages/wiki/[...path].page", OnDemand + "<h1>wiki</h1>"),
        ("Pages/[lang]/docs/[...slug]/print.page", OnDemand + "<h1>print</h1>"),
        ("Pages/files/[...path]/[name].v[n].page", OnDemand + "<h1>file</h1>"),
        ("Pages/[...path]/edit.page", OnDemand + "<h1>edit anywhere</h1>"),
    ];

    [Fact]
    public void Route_table_orders_rest_folders_by_Astro_rules()
    {
        var run = GeneratorHarness.Run(s_site, null);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesManifest.g.cs"), "manifest");
    }

    [Fact]
    public void Routes_class_has_a_method_per_rest_route()
    {
        var run = GeneratorHarness.Run(s_site, null);
        Approvals.Verify(run.Source("PagesRoutes.g.cs"), "routes");
    }

    [Theory]
    [InlineData("Wiki+Path", "Edit", "/wiki/a/b/edit", "a/b")]
    [InlineData("Wiki+Path", "Edit", "/wiki/edit", new string?[] { null })]
    [InlineData("Wiki+Path", "Edit", "/wiki/edit", "")]
    [InlineData("Wiki+Path", "Edit", "/wiki/a%20b/c%3F/edit", "a b/c?")]
    [InlineData("Wiki+Path", "Index", "/wiki/a/b", "a/b")]
    [InlineData("Path", "Edit", "/x/edit", "x")]
    [InlineData("Path", "Edit", "/edit", new string?[] { null })]
    [InlineData("Lang+Docs+Slug", "Print", "/en/docs/a/b/print", "en", "a/b")]
    [InlineData("Lang+Docs+Slug", "Print", "/en/docs/print", "en", null)]
    [InlineData("Files+Path", "NameVN", "/files/a/b/c.v2", "a/b", "c", "2")]
    [InlineData("Files+Path", "NameVN", "/files/c.v2", null, "c", "2")]
    public void Typed_link_of_a_rest_route_builds_its_url(string className, string method, string expected, params string?[] arguments)
        => Assert.Equal(expected, Call(LoadRoutes(GeneratorHarness.Run(s_site, null)), className, method, arguments));

    [Fact]
    public void Typed_link_of_a_rest_route_ends_with_a_slash_under_TrailingSlash_always()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesTrailingSlash"] = "always";
        var routes = LoadRoutes(GeneratorHarness.Run(s_site, properties));

        Assert.Equal("/wiki/a/b/edit/", Call(routes, "Wiki+Path", "Edit", "a/b"));
        Assert.Equal("/wiki/edit/", Call(routes, "Wiki+Path", "Edit", new object?[] { null }));
        Assert.Equal("/en/docs/print/", Call(routes, "Lang+Docs+Slug", "Print", "en", null));
    }

    [Fact]
    public void Dot_segment_in_a_rest_value_is_refused()
    {
        var exception = Assert.Throws<TargetInvocationException>(() => Call(LoadRoutes(GeneratorHarness.Run(s_site, null)), "Wiki+Path", "Edit", "a/../b"));
        Assert.IsType<ArgumentException>(exception.InnerException);
    }

    [Theory]
    [InlineData("/wiki/a/b/edit", false)]
    [InlineData("/wiki/edit", false)]
    [InlineData("/en/docs/a/print", false)]
    [InlineData("/files/a/c.v2", false)]
    [InlineData("/en/docs/a/b", true)]
    [InlineData("/files/a/c", true)]
    public void Literal_link_reaches_a_rest_folder_route_only_when_it_ends_as_the_route_does(string href, bool broken)
    {
        var run = GeneratorHarness.Run([.. s_site, ("Pages/links.page", $"<a href=\"{href}\">x</a>")], null);

        Assert.Equal(broken, run.GeneratorDiagnostics.Any(diagnostic => diagnostic.Id == "PAGE050"));
    }

    private static Type LoadRoutes(GeneratorRun run) => GeneratedRoutes.Load(run);

    private static string? Call(Type routes, string className, string method, params object?[] arguments)
        => GeneratedRoutes.Call(routes, className, method, arguments);
}
