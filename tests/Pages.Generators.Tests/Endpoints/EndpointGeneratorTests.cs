using System.Collections.Immutable;
using Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Endpoints;

/// <summary>[Endpoint] classes under the pages root: routes from file paths, handlers in the manifest, diagnostics at the method.</summary>
public class EndpointGeneratorTests
{
    private static GeneratorRun Run((string Path, string Text)[] sources, params (string Path, string Text)[] pages)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, GeneratorHarness.ProjectDir + s.Path)));
        var driver = GeneratorHarness.CreateDriver(pages).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var generated = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString());
        var compilerDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return new GeneratorRun(diagnostics, compilerDiagnostics, generated, output);
    }

    private const string Products = """
        namespace App.Pages.Api;

        [global::Pages.Endpoint]
        public static class Products
        {
            public const bool Prerender = false;
            public static IResult Get(global::Pages.EndpointContext context) => Results.Ok();
            public static async Task<IResult> Post(global::Pages.EndpointContext context) { await Task.Yield(); return Results.Created(); }
            public static ValueTask<IResult> Delete(global::Pages.EndpointContext context) => ValueTask.FromResult(Results.NoContent());
        }
        """;

    [Fact]
    public void Endpoints_join_the_route_table_with_a_static_lambda_per_handler()
    {
        var run = Run(
            [("Pages/api/products/[id].cs", Products), ("Pages/rss.xml.cs", """
                namespace App.Pages;
                [global::Pages.Endpoint]
                internal static class Rss
                {
                    public static IResult Get(global::Pages.EndpointContext context) => Results.Text("<rss/>", "application/rss+xml");
                    public static IResult All(global::Pages.EndpointContext context) => Results.StatusCode(418);
                }
                """)],
            ("Pages/index.page", "<h1>Home</h1>"),
            ("Pages/api/products/new.page", "<h1>New</h1>"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesManifest"), "endpoint_manifest");
    }

    [Fact]
    public void Endpoint_GetStaticPaths_of_any_shape_reaches_the_route_table_through_StaticPaths_From()
    {
        var run = Run(
            [("Pages/feeds/[name].json.cs", """
                namespace App.Pages.Feeds;
                [global::Pages.Endpoint]
                public static class Feed
                {
                    public record Props(string Title);
                    public static IEnumerable<global::Pages.StaticPath<Props>> GetStaticPaths() =>
                        [new(new() { ["name"] = "news" }, new Props("News"))];
                    public static IResult Get(global::Pages.EndpointContext context) => Results.Text(context.GetProps<Props>().Title);
                }
                """), ("Pages/tags/[tag].txt.cs", """
                namespace App.Pages.Tags;
                [global::Pages.Endpoint]
                public static class Tag
                {
                    public static async IAsyncEnumerable<global::Pages.StaticPath> GetStaticPaths()
                    {
                        await Task.Yield();
                        yield return new(new() { ["tag"] = "a" });
                    }
                    public static IResult Get(global::Pages.EndpointContext context) => Results.Text(context.Params["tag"]);
                }
                """)]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        var manifest = run.Source("PagesManifest");
        Assert.Contains("}, static () => global::Pages.StaticPaths.From(global::App.Pages.Feeds.Feed.GetStaticPaths()));", manifest);
        Assert.Contains("}, static () => global::Pages.StaticPaths.From(global::App.Pages.Tags.Tag.GetStaticPaths()));", manifest);
    }

    [Fact]
    public void Prerender_follows_PagesOutput_unless_the_class_says()
    {
        var source = "namespace App.Pages; [global::Pages.Endpoint] public static class Feed { public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); }";
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parseOptions, GeneratorHarness.ProjectDir + "Pages/feed.json.cs"));
        string Manifest(string output) => GeneratorHarness.CreateDriver(Array.Empty<AdditionalText>(), GeneratorHarness.DefaultProperties(output)).RunGenerators(compilation)
            .GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("PagesManifest.g.cs", StringComparison.Ordinal)).ToString();

        Assert.Contains("routes.AddEndpoint(\"/feed.json\", \"Pages/feed.json.cs\", true,", Manifest("static"));
        Assert.Contains("routes.AddEndpoint(\"/feed.json\", \"Pages/feed.json.cs\", false,", Manifest("server"));
    }

    [Fact]
    public void Handler_with_a_wrong_signature_is_PAGE030_at_the_method()
    {
        var run = Run([("Pages/api/bad.cs", """
            namespace App.Pages.Api;
            [global::Pages.Endpoint]
            public static class Bad
            {
                public static IResult Get(global::Pages.EndpointContext context) => Results.Ok();
                public static string Post(global::Pages.EndpointContext context) => "no";
                public static IResult Put(HttpContext context) => Results.Ok();
            }
            """)]);
        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Id == "PAGE030").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("/src/App/Pages/api/bad.cs", diagnostics[0].Location.GetLineSpan().Path);
        Assert.Equal((5, 25), (diagnostics[0].Location.GetLineSpan().StartLinePosition.Line, diagnostics[0].Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("'Bad.Post' is not a valid endpoint handler", diagnostics[0].GetMessage());
        Assert.Equal(6, diagnostics[1].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'Bad.Put'", diagnostics[1].GetMessage());
        Assert.Contains("Get = static context =>", run.Source("PagesManifest"));
        Assert.DoesNotContain("Post =", run.Source("PagesManifest"));
    }

    [Fact]
    public void Prerendered_dynamic_endpoint_without_GetStaticPaths_is_PAGE034_at_the_class_name()
    {
        var run = Run(
            [("Pages/feeds/[name].xml.cs", "namespace App.Pages;\n[global::Pages.Endpoint]\npublic static class Feed { public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); }"),
             ("Pages/live/[name].cs", "namespace App.Pages; [global::Pages.Endpoint] public static class Live { public const bool Prerender = false; public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); }")]);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE034", diagnostic.Id);
        Assert.Equal("/src/App/Pages/feeds/[name].xml.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal((2, 20), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("'Feed' is prerendered and its route '/feeds/{name}.xml' has parameters", diagnostic.GetMessage());
    }

    [Fact]
    public void Endpoint_outside_the_pages_root_is_PAGE031_and_not_routed()
    {
        var run = Run([("Api/Stray.cs", "namespace App.Api; [global::Pages.Endpoint] public static class Stray { public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); }")]);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE031", diagnostic.Id);
        Assert.Contains("'Api/Stray.cs'", diagnostic.GetMessage());
        Assert.DoesNotContain("AddEndpoint", run.Source("PagesManifest"));
    }

    [Fact]
    public void Endpoint_without_handlers_is_PAGE032_at_the_class_name()
    {
        var run = Run([("Pages/empty.cs", "namespace App.Pages;\n[global::Pages.Endpoint]\npublic static class Empty { }")]);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PAGE032", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(20, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
    }

    [Fact]
    public void Private_nested_endpoint_class_is_PAGE033()
    {
        var run = Run([("Pages/hidden.cs", "namespace App.Pages; public static class Outer { [global::Pages.Endpoint] private static class Hidden { public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); } }")]);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PAGE033" && d.GetMessage().Contains("'Hidden'", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_and_endpoint_with_the_same_route_collide()
    {
        var run = Run(
            [("Pages/about.cs", "namespace App.Pages; [global::Pages.Endpoint] public static class About { public static IResult Get(global::Pages.EndpointContext c) => Results.Ok(); }")],
            ("Pages/about.page", "<h1>About</h1>"));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PAGE015");
        Assert.Single(run.Source("PagesManifest").Split('\n'), line => line.Contains("\"/about\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Endpoint_attribute_without_a_using_binds_through_the_packages_global_using()
    {
        var run = Run([("Pages/ping.cs", "namespace Shop.Api; [Endpoint] public static class Ping { public static IResult Get(EndpointContext context) => Results.Ok(); }")]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Assert.Contains("routes.AddEndpoint(\"/ping\", \"Pages/ping.cs\"", run.Source("PagesManifest"));
    }

    [Fact]
    public void Endpoint_attribute_is_found_by_its_full_name_too()
    {
        var run = Run([("Pages/pong.cs", "namespace Shop.Api; [Pages.EndpointAttribute] public static class Pong { public static IResult Get(EndpointContext context) => Results.Ok(); }")]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("routes.AddEndpoint(\"/pong\", \"Pages/pong.cs\"", run.Source("PagesManifest"));
    }

    [Fact]
    public void Another_librarys_Endpoint_attribute_is_not_an_endpoint()
    {
        var run = Run([("Pages/other.cs", """
            namespace Other { [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class EndpointAttribute : System.Attribute { } }
            namespace Shop.Api { [Other.Endpoint] public static class NotOurs { public static IResult Get(HttpContext context) => Results.Ok(); } }
            """)]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Assert.DoesNotContain("AddEndpoint", run.Source("PagesManifest"));
    }
}
