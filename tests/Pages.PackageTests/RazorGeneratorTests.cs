using Pages.PackageTests.Infrastructure;

namespace Pages.PackageTests;

/// <summary>
/// The package's buildTransitive/Pages.RazorGenerator.targets: a web app without a .razor or .cshtml file does not hand
/// the compiler the Razor source generator (it has nothing to generate and costs every clean build compiler time), and
/// an app with one, or with PagesKeepRazorGenerator=true, keeps it.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class RazorGeneratorTests(PackageFeed feed)
{
    private const string RazorCompiler = "Microsoft.CodeAnalysis.Razor.Compiler.dll";
    private const string Program = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n";

    [Fact]
    public void A_web_app_without_Razor_files_compiles_without_the_Razor_generator_unless_it_asks_to_keep_it()
    {
        var dir = feed.CreateProject("RazorFree", new Dictionary<string, string> { ["Program.cs"] = Program });
        Restore(dir);

        Assert.DoesNotContain(RazorCompiler, CompilerAnalyzers(dir));
        Assert.Contains(RazorCompiler, CompilerAnalyzers(dir, "-p:PagesKeepRazorGenerator=true"));
    }

    [Theory]
    [InlineData("Components/Counter.razor", "<p>@count</p>\n@code { private int count; }\n")]
    [InlineData("Pages/Index.cshtml", "@page\n<p>Hello</p>\n")]
    public void A_web_app_with_a_Razor_file_keeps_the_Razor_generator(string path, string text)
    {
        var name = "RazorKept" + Path.GetExtension(path).TrimStart('.');
        var dir = feed.CreateProject(name, new Dictionary<string, string> { ["Program.cs"] = Program, [path] = text });
        Restore(dir);

        Assert.Contains(RazorCompiler, CompilerAnalyzers(dir));
    }

    private void Restore(string dir)
    {
        var restore = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
    }

    /// <summary>The analyzers CoreCompile would hand the compiler (after the Razor SDK and Pages have run).</summary>
    private static List<string> CompilerAnalyzers(string dir, params string[] properties) =>
        Dotnet.AnalyzerFileNames(dir, TimeSpan.FromMinutes(5), ["-t:GenerateMSBuildEditorConfigFileShouldRun", .. properties]);
}
