using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Links;

/// <summary>
/// The generated <c>Routes</c> class (docs/routing.md#typed-links): a member per page, endpoint and library route,
/// named from the route's segments, that builds the URL with each value encoded as routing reads it back.
/// </summary>
public class RoutesClassTests
{
    private const string Feed = """
        namespace App.Pages.Feeds;
        [global::Pages.Endpoint]
        public static class Feed
        {
            public const bool Prerender = false;
            public static IResult Get(global::Pages.EndpointContext context) => Results.Ok();
        }
        """;

    private static readonly (string Path, string Text)[] s_site =
    [
        ("Pages/index.page", "<h1>Home</h1>"),
        ("Pages/about.page", "<h1>About</h1>"),
        ("Pages/404.page", "<h1>Not found</h1>"),
        ("Pages/500.page", "<h1>Error</h1>"),
        ("Pages/blog/index.page", "<h1>Blog</h1>"),
        ("Pages/blog/[slug].page", "---\nconst bool Prerender = false;\n---\n<h1>{Params[\"slug\"]}</h1>"),
        ("Pages/blog/post-[id].page", "---\nconst bool Prerender = false;\n---\n<h1>post</h1>"),
        ("Pages/blog/[year]/[month].page", "---\nconst bool Prerender = false;\n---\n<h1>archive</h1>"),
        ("Pages/docs/[...path].page", "---\nconst bool Prerender = false;\n---\n<h1>docs</h1>"),
        ("Pages/shop/[category]/index.page", "---\nconst bool Prerender = false;\n---\n<h1>category</h1>"),
        ("Pages/shop/[category]/[...rest].page", "---\nconst bool Prerender = false;\n---\n<h1>rest</h1>"),
        ("Pages/rss.xml.page", "<rss/>"),
        ("Pages/_partials/Nav.page", "<nav />"),
    ];

    private static GeneratorRun RunSite(IEnumerable<MetadataReference>? references = null, Dictionary<string, string>? properties = null, params (string Path, string Text)[] pages)
    {
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Feed, new CSharpParseOptions(LanguageVersion.Preview), GeneratorHarness.ProjectDir + "Pages/feeds/[name].json.cs"));
        if (references is not null)
        {
            compilation = compilation.AddReferences(references);
        }

        var driver = GeneratorHarness.CreateDriver(pages.Length == 0 ? s_site : pages, properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var generated = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString());
        var compilerDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return new GeneratorRun(diagnostics, compilerDiagnostics, generated, output);
    }

    private static MetadataReference BuildLibrary(string name, params (string Path, string Text)[] pages) => GeneratorHarness.BuildLibrary(name, pages);

    [Fact]
    public void Routes_has_a_member_per_static_param_rest_nested_endpoint_and_library_route()
    {
        var admin = BuildLibrary("Admin.Library", ("Pages/admin/index.page", "<h1>admin</h1>"), ("Pages/admin/users/[id].page", "---\nconst bool Prerender = false;\n---\n<h1>user</h1>"));
        var run = RunSite([admin]);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Approvals.Verify(run.Source("PagesRoutes.g.cs"), "routes");
    }

    [Fact]
    public void Routes_members_build_the_urls_of_their_routes()
    {
        var routes = LoadRoutes(RunSite());
        Assert.Equal("/", Const(routes, "Index"));
        Assert.Equal("/about", Const(routes, "About"));
        Assert.Equal("/404", Const(routes, "_404"));
        Assert.Equal("/rss.xml", Const(routes, "RssXml"));
        Assert.Equal("/blog", Const(routes, "Blog+Index"));
        Assert.Equal("/blog/hello", Call(routes, "Blog", "Slug", "hello"));
        Assert.Equal("/blog/post-7", Call(routes, "Blog", "PostId", "7"));
        Assert.Equal("/blog/2024/05", Call(routes, "Blog+Year", "Month", "2024", "05"));
        Assert.Equal("/docs", Call(routes, "Docs", "Path", new object?[] { null }));
        Assert.Equal("/docs/guide/intro", Call(routes, "Docs", "Path", "guide/intro"));
        Assert.Equal("/shop/books", Call(routes, "Shop+Category", "Index", "books"));
        Assert.Equal("/shop/books/a/b", Call(routes, "Shop+Category", "Rest", "books", "a/b"));
        Assert.Equal("/feeds/news.json", Call(routes, "Feeds", "NameJson", "news"));
    }

    [Theory]
    [InlineData("a b", "/blog/a%20b")]
    [InlineData("a/b", "/blog/a%2Fb")]
    [InlineData("100%", "/blog/100%25")]
    [InlineData("café-ü", "/blog/caf%C3%A9-%C3%BC")]
    [InlineData("日本", "/blog/%E6%97%A5%E6%9C%AC")]
    [InlineData("a?b#c", "/blog/a%3Fb%23c")]
    [InlineData("...", "/blog/...")]
    public void A_param_value_is_encoded_as_one_segment(string slug, string url)
        => Assert.Equal(url, Call(LoadRoutes(RunSite()), "Blog", "Slug", slug));

    [Theory]
    [InlineData("a b/c%d", "/docs/a%20b/c%25d")]
    [InlineData("ü/日本", "/docs/%C3%BC/%E6%97%A5%E6%9C%AC")]
    public void A_rest_value_keeps_its_slashes_and_encodes_each_piece(string path, string url)
        => Assert.Equal(url, Call(LoadRoutes(RunSite()), "Docs", "Path", path));

    [Theory]
    [InlineData("Blog", "Slug", "..")]
    [InlineData("Blog", "Slug", ".")]
    [InlineData("Blog", "Slug", "")]
    [InlineData("Docs", "Path", "a/../b")]
    [InlineData("Docs", "Path", "./a")]
    public void A_dot_segment_or_an_empty_param_is_refused(string className, string method, string value)
    {
        var exception = Assert.Throws<TargetInvocationException>(() => Call(LoadRoutes(RunSite()), className, method, value));
        Assert.IsType<ArgumentException>(exception.InnerException);
    }

    [Fact]
    public void Under_PagesTrailingSlash_always_page_urls_end_with_a_slash_and_endpoint_urls_do_not()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesTrailingSlash"] = "always";
        var routes = LoadRoutes(RunSite(properties: properties));
        Assert.Equal("/", Const(routes, "Index"));
        Assert.Equal("/about/", Const(routes, "About"));
        Assert.Equal("/blog/hello/", Call(routes, "Blog", "Slug", "hello"));
        Assert.Equal("/docs/", Call(routes, "Docs", "Path", new object?[] { null }));
        Assert.Equal("/docs/a/b/", Call(routes, "Docs", "Path", "a/b"));
        Assert.Equal("/feeds/news.json", Call(routes, "Feeds", "NameJson", "news"));
    }

    [Fact]
    public void PagesRoutesClass_names_the_class_and_its_namespace()
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesRoutesClass"] = "App.Web.Links";
        var run = RunSite(properties: properties);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("App.Web.Links"));
        Assert.Null(run.Compilation.GetTypeByMetadataName("App.Routes"));
    }

    [Fact]
    public void Names_taken_twice_in_a_class_get_a_numbered_suffix()
    {
        var run = RunSite(pages:
        [
            ("Pages/rss.xml.page", "<rss/>"),
            ("Pages/rss-xml.page", "<rss/>"),
            ("Pages/blog/blog.page", "<p/>"),
            ("Pages/blog/index.page", "<p/>"),
        ]);
        Assert.True(run.CompilerDiagnostics.IsEmpty, string.Join("\n", run.CompilerDiagnostics));
        var routes = LoadRoutes(run);
        Assert.Equal("/rss-xml", Const(routes, "RssXml"));
        Assert.Equal("/rss.xml", Const(routes, "RssXml_2"));
        Assert.Equal("/blog", Const(routes, "Blog+Index"));
        Assert.Equal("/blog/blog", Const(routes, "Blog+Blog_2"));
    }

    [Fact]
    public void Renaming_a_page_makes_each_use_a_compile_error_at_its_page_position()
    {
        const string Index = "<h1>Home</h1>\n<a href={Routes.About}>About</a>\n<a href={Routes.Blog.Slug(\"hi\")}>Hi</a>";
        var ok = GeneratorHarness.Run(("Pages/index.page", Index), ("Pages/about.page", "<p/>"), ("Pages/blog/[slug].page", "---\nconst bool Prerender = false;\n---\n<p/>"));
        Assert.True(ok.CompilerDiagnostics.IsEmpty, string.Join("\n", ok.CompilerDiagnostics));

        var renamed = GeneratorHarness.Run(("Pages/index.page", Index), ("Pages/about-us.page", "<p/>"), ("Pages/blog/[slug].page", "---\nconst bool Prerender = false;\n---\n<p/>"));
        var error = Assert.Single(renamed.CompilerDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0117", error.Id); // 'Routes' does not contain a definition for 'About'
        var span = error.Location.GetMappedLineSpan();
        Assert.Equal(GeneratorHarness.ProjectDir + "Pages/index.page", span.Path);
        Assert.Equal((1, 16), (span.StartLinePosition.Line, span.StartLinePosition.Character)); // line 2, column 17: 'About'
    }

    private static Type LoadRoutes(GeneratorRun run) => GeneratedRoutes.Load(run);

    private static Type Nested(Type routes, string path) => GeneratedRoutes.Nested(routes, path);

    private static string? Const(Type routes, string path)
    {
        var plus = path.LastIndexOf('+');
        var type = Nested(routes, plus < 0 ? "" : path[..plus]);
        var field = type.GetField(path[(plus + 1)..]) ?? throw new MissingMemberException(type.FullName, path);
        Assert.True(field.IsLiteral, $"{path} is a const");
        return (string?)field.GetRawConstantValue();
    }

    private static string? Call(Type routes, string className, string method, params object?[] arguments)
        => GeneratedRoutes.Call(routes, className, method, arguments);
}
