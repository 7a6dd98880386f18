using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Xunit;

namespace Pages.Tests;

/// <summary>How the export turns routes and static paths into URLs and files, and which params it refuses.</summary>
public class ExportPathTests
{
    [Theory]
    [InlineData("/", null, "/")]
    [InlineData("/about", null, "/about")]
    [InlineData("/blog/{slug}", "hello", "/blog/hello")]
    [InlineData("/post-{id}", "7", "/post-7")]
    [InlineData("/docs/{**path}", "", "/docs")]
    [InlineData("/docs/{**path}", "guide/intro", "/docs/guide/intro")]
    public void Path_fills_the_pattern_with_the_params(string pattern, string? value, string expected)
    {
        RoutePattern parsed = RoutePatternFactory.Parse(pattern);
        StaticPath? path = value is null ? null : new StaticPath(new() { [parsed.Parameters[0].Name] = value });
        Assert.Equal(expected, ExportPaths.Build(parsed, path, "Pages/x.page"));
    }

    [Theory]
    [InlineData("/", RouteTableEntryKind.Page, BuildFormat.Directory, "index.html")]
    [InlineData("/", RouteTableEntryKind.Page, BuildFormat.File, "index.html")]
    [InlineData("/about", RouteTableEntryKind.Page, BuildFormat.Directory, "about/index.html")]
    [InlineData("/about/", RouteTableEntryKind.Page, BuildFormat.File, "about.html")]
    [InlineData("/rss.xml", RouteTableEntryKind.Endpoint, BuildFormat.Directory, "rss.xml")]
    public void File_follows_the_build_format(string path, RouteTableEntryKind kind, BuildFormat format, string expected) =>
        Assert.Equal(expected, ExportPaths.File(path, kind, format, errorStatus: null));

    [Theory]
    [InlineData(TrailingSlash.Always, RouteTableEntryKind.Page, "/about/")]
    [InlineData(TrailingSlash.Never, RouteTableEntryKind.Page, "/about")]
    [InlineData(TrailingSlash.Ignore, RouteTableEntryKind.Page, "/about")]
    [InlineData(TrailingSlash.Always, RouteTableEntryKind.Endpoint, "/about")]
    public void Request_form_follows_the_trailing_slash_setting(TrailingSlash setting, RouteTableEntryKind kind, string expected) =>
        Assert.Equal(expected, ExportPaths.RequestForm("/about", setting, kind));

    [Theory]
    [InlineData("..", false)]
    [InlineData(".", false)]
    [InlineData("a/b", false)]
    [InlineData("a\\b", false)]
    [InlineData("", false)]
    [InlineData("c:", false)]
    [InlineData("a\u0001", false)]
    [InlineData("/etc/passwd", true)]
    [InlineData("a/../../b", true)]
    [InlineData("a//b", true)]
    public void Unsafe_values_are_refused(string value, bool catchAll) =>
        Assert.NotNull(ExportPathSafety.Problem(value, catchAll));

    [Theory]
    [InlineData("hello-world", false)]
    [InlineData("héllo", false)]
    [InlineData("v1.2", false)]
    [InlineData("", true)]
    [InlineData("guide/intro", true)]
    public void Safe_values_pass(string value, bool catchAll) =>
        Assert.Null(ExportPathSafety.Problem(value, catchAll));

    [Theory]
    [InlineData(new[] { "app.dll", "build" }, true, null)]
    [InlineData(new[] { "app.dll", "build", "--out", "site" }, true, "site")]
    [InlineData(new[] { "app.dll", "build", "--out=site" }, true, "site")]
    [InlineData(new[] { "app.dll" }, false, null)]
    [InlineData(new[] { "app.dll", "--urls", "http://*:5000" }, false, null)]
    public void Build_command_is_the_first_argument(string[] commandLine, bool isBuild, string? output)
    {
        Assert.Equal(isBuild, StaticExportCommand.TryParse(commandLine, out StaticExportCommand? command));
        Assert.Equal(output, command?.OutputDirectory);
    }

    [Fact]
    public async Task Static_path_missing_a_route_param_names_the_file()
    {
        var table = new StaticPathTable("/blog/{slug}", "Pages/blog/[slug].page", () => StaticPaths.From([new StaticPath(new() { ["Slug"] = "a" })]));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => table.GetPathsAsync());
        Assert.Equal("GetStaticPaths() of Pages/blog/[slug].page returned { Slug = \"a\" }, which lacks the parameter 'slug' of the route /blog/{slug}.", error.Message);
    }

    [Fact]
    public async Task Duplicate_static_paths_are_an_error()
    {
        var table = new StaticPathTable("/blog/{slug}", "Pages/blog/[slug].page", () => StaticPaths.From(
            [new StaticPath(new() { ["slug"] = "a" }), new StaticPath(new() { ["slug"] = "a" })]));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => table.GetPathsAsync());
        Assert.Contains("returned { slug = \"a\" } twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_values_find_their_static_path()
    {
        var second = new StaticPath(new() { ["path"] = "guide/intro" });
        var table = new StaticPathTable("/docs/{**path}", "Pages/docs/[...path].page", () => StaticPaths.From([new StaticPath(new() { ["path"] = "" }), second]));
        Assert.Same(second, await table.FindAsync(new RouteValueDictionary { ["path"] = "guide/intro/" }));
        Assert.NotNull(await table.FindAsync(new RouteValueDictionary()));
        Assert.Null(await table.FindAsync(new RouteValueDictionary { ["path"] = "other" }));
    }
}
