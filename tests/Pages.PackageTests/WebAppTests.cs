using System.Text.Json;
using Pages.PackageTests.Infrastructure;

namespace Pages.PackageTests;

/// <summary>
/// The package's buildTransitive/Pages.WebApp.targets: an executable on <c>Microsoft.NET.Sdk</c> that references Pages (what
/// <c>dotnet new pages</c> writes) gets what <c>Microsoft.NET.Sdk.Web</c> would have given it — the web implicit usings,
/// wwwroot/ and the .json files published, the server GC, <c>dotnet run</c> in the project folder and the capability
/// <c>dotnet watch</c> looks for — and no PAGE060; <c>PagesWebApp=false</c> turns it off.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class WebAppTests(PackageFeed feed)
{
    // No using directive: WebApplication, Results and the Http extension methods come from the web implicit usings.
    private const string Program = """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPages();
        var app = builder.Build();
        app.MapGet("/ping", () => Results.Text("pong"));
        app.UseStaticFiles();
        app.MapPages();
        app.Run();
        """;

    private static readonly Dictionary<string, string> s_files = new()
    {
        ["Program.cs"] = Program,
        ["Pages/index.page"] = "---\n---\n<h1>Home</h1>\n",
        ["wwwroot/site.css"] = "h1 { color: teal; }\n",
        ["wwwroot/.well-known/security.txt"] = "Contact: mailto:security@example.com\n",
        ["appsettings.json"] = "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } } }\n",
        ["Properties/launchSettings.json"] = "{ \"profiles\": {} }\n",
    };

    [Fact]
    public async Task An_app_on_Microsoft_NET_Sdk_builds_with_the_web_usings_and_publishes_its_web_root_and_settings()
    {
        var dir = feed.CreateProject("PlainSdkApp", s_files, webSdk: false);

        var build = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "build", "-c", "Release", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        // No PAGE060 (the package made it a web app), and no other warning either.
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"warning [A-Z]+\d+"), build.Output);
        var output = Path.Combine(dir, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "appsettings.json")), "appsettings.json is not beside the built app");
        using (var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "PlainSdkApp.runtimeconfig.json"))))
        {
            Assert.True(runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.Server").GetBoolean());
        }

        // `dotnet run` from another folder starts the app in its own folder: its content root, where wwwroot/ is.
        await using (var app = await AppProcess.StartAsync(Dotnet.HostPath, Path.GetDirectoryName(dir)!,
            "run", "--project", dir, "-c", "Release", "--no-build", "--no-launch-profile", "--"))
        {
            Assert.Equal("pong", await app.Client.GetStringAsync("/ping"));
            Assert.Equal(s_files["wwwroot/site.css"], await app.Client.GetStringAsync("/site.css"));
        }

        var published = Path.Combine(dir, "publish");
        var publish = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "publish", "-c", "Release", "-o", published, "-nologo");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.True(File.Exists(Path.Combine(published, "wwwroot", "site.css")), "wwwroot/site.css is not published");
        Assert.True(File.Exists(Path.Combine(published, "wwwroot", ".well-known", "security.txt")), "wwwroot/.well-known is not published");
        Assert.True(File.Exists(Path.Combine(published, "appsettings.json")), "appsettings.json is not published");
        Assert.False(File.Exists(Path.Combine(published, "Properties", "launchSettings.json")), "launchSettings.json was published");
        Assert.Empty(Directory.EnumerateFiles(published, "*.page", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_app_on_Microsoft_NET_Sdk_runs_in_its_folder_and_is_a_web_app_to_dotnet_watch_unless_PagesWebApp_is_false()
    {
        var dir = feed.CreateProject("PlainSdkEvaluated", s_files, webSdk: false);
        Restore(dir);

        var web = Evaluate(dir);
        Assert.Equal("true", web.Property("PagesWebApp"));
        Assert.Equal(dir.TrimEnd('/'), web.Property("RunWorkingDirectory").TrimEnd('/'));
        Assert.Contains("AspNetCore", web.Items("ProjectCapability"));
        Assert.Contains("Microsoft.AspNetCore.Builder", web.Items("Using"));
        Assert.Contains("wwwroot/site.css", web.Items("Content"));
        Assert.DoesNotContain("wwwroot/site.css", web.Items("None"));

        var off = Evaluate(dir, "-p:PagesWebApp=false");
        Assert.Equal("false", off.Property("PagesWebApp"));
        Assert.DoesNotContain("AspNetCore", off.Items("ProjectCapability"));
        Assert.DoesNotContain("Microsoft.AspNetCore.Builder", off.Items("Using"));
        Assert.DoesNotContain("wwwroot/site.css", off.Items("Content"));

        // A Native AOT publish keeps EventSource (the ILCompiler's targets turn it off unless the project says otherwise).
        string[] aot = ["-p:PublishAot=true", "-p:RuntimeIdentifier=linux-x64"];
        Restore(dir, aot);
        Assert.Equal("true", Evaluate(dir, aot).Property("EventSourceSupport"));
        Assert.Equal("false", Evaluate(dir, [.. aot, "-p:PagesWebApp=false"]).Property("EventSourceSupport"));

        // A Web SDK project gets nothing from the file: the Web SDK gives it all.
        var webSdkDir = feed.CreateProject("WebSdkEvaluated", s_files);
        Restore(webSdkDir);
        Assert.Equal("false", Evaluate(webSdkDir).Property("PagesWebApp"));
    }

    [Fact]
    public void Files_the_project_already_lists_keep_the_project_s_settings()
    {
        var dir = feed.CreateProject("PlainSdkOwnItems", s_files, webSdk: false);
        // The project copies one web root file itself, and says that appsettings.json is not published.
        var project = Path.Combine(dir, "PlainSdkOwnItems.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", """
              <ItemGroup>
                <None Update="wwwroot/site.css" CopyToOutputDirectory="PreserveNewest" />
                <Content Include="appsettings.json" CopyToPublishDirectory="Never" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));
        Restore(dir);

        var evaluation = Evaluate(dir);
        Assert.Contains("wwwroot/site.css", evaluation.Items("None"));
        Assert.DoesNotContain("wwwroot/site.css", evaluation.Items("Content"));
        Assert.Contains("wwwroot/.well-known/security.txt", evaluation.Items("Content"));
        Assert.Equal(["Never"], evaluation.Metadata("Content", "appsettings.json", "CopyToPublishDirectory"));
    }

    private static void Restore(string dir, params string[] properties)
    {
        var restore = Dotnet.Run(dir, TimeSpan.FromMinutes(5), ["restore", "-nologo", .. properties]);
        Assert.True(restore.ExitCode == 0, restore.ToString());
    }

    private static Evaluation Evaluate(string dir, params string[] properties) =>
        new(Dotnet.MSBuild(dir, TimeSpan.FromMinutes(2), ["-nologo", .. properties,
            "-getProperty:PagesWebApp", "-getProperty:RunWorkingDirectory", "-getProperty:EventSourceSupport",
            "-getItem:ProjectCapability", "-getItem:Using", "-getItem:Content", "-getItem:None"]));

    private sealed record Evaluation(JsonElement Root)
    {
        public string Property(string name) => Root.GetProperty("Properties").GetProperty(name).GetString()!;

        public List<string> Items(string type) =>
            Root.GetProperty("Items").TryGetProperty(type, out var items)
                ? [.. items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/'))]
                : [];

        /// <summary>The <paramref name="name"/> metadata of every <paramref name="type"/> item that is <paramref name="identity"/>.</summary>
        public List<string> Metadata(string type, string identity, string name) =>
            [.. Root.GetProperty("Items").GetProperty(type).EnumerateArray()
                .Where(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/') == identity)
                .Select(i => i.TryGetProperty(name, out var value) ? value.GetString()! : "")];
    }
}
