using Pages.PackageTests.Infrastructure;

namespace Pages.PackageTests;

/// <summary>
/// The package's buildTransitive/Pages.InteropGenerators.targets in a real build: an app whose sources name no COM or
/// JavaScript interop compiles without the runtime's COM and JavaScript generators (they would have nothing to do, and
/// the COM one alone costs a cold compile ≈ 0.35 s), an app that names one keeps it and it runs, and
/// PagesKeepInteropGenerators=true keeps both.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class InteropGeneratorTests(PackageFeed feed)
{
    private const string ComGenerator = "Microsoft.Interop.ComInterfaceGenerator.dll";
    private const string JavaScriptGenerator = "Microsoft.Interop.JavaScript.JSImportGenerator.dll";
    private const string Program = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n";

    [Fact]
    public void An_app_that_names_no_interop_compiles_without_the_interop_generators_unless_it_asks_to_keep_them()
    {
        var dir = feed.CreateProject("InteropFree", new Dictionary<string, string> { ["Program.cs"] = Program });

        var dropped = CompilerAnalyzers(dir);
        Assert.DoesNotContain(ComGenerator, dropped);
        Assert.DoesNotContain(JavaScriptGenerator, dropped);
        // What is left is what the targeting pack gave: the other interop generators stay.
        Assert.Contains("Microsoft.Interop.LibraryImportGenerator.dll", dropped);

        var kept = CompilerAnalyzers(dir, "-p:PagesKeepInteropGenerators=true");
        Assert.Contains(ComGenerator, kept);
        Assert.Contains(JavaScriptGenerator, kept);
    }

    [Fact]
    public void An_app_with_a_generated_COM_interface_keeps_the_COM_generator_and_it_runs()
    {
        const string Greeter = """
            using System.Runtime.InteropServices;
            using System.Runtime.InteropServices.Marshalling;

            [GeneratedComInterface]
            [Guid("0b2b1bd3-0b52-4a33-8a0e-3a8a3e8e6e0c")]
            public partial interface IGreeter
            {
                void Greet();
            }
            """;
        var dir = feed.CreateProject("InteropCom", new Dictionary<string, string> { ["Program.cs"] = Program, ["Greeter.cs"] = Greeter });

        // Without unsafe code the generator itself fails the build (SYSLIB1062): the proof that it ran on IGreeter.
        var build = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "build", "-nologo");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("SYSLIB1062", build.Output, StringComparison.Ordinal);
        Assert.Contains(ComGenerator, CompilerAnalyzers(dir, "-p:AllowUnsafeBlocks=true"));
    }

    [Fact]
    public void An_app_with_a_JavaScript_export_keeps_the_JavaScript_generator_and_drops_the_COM_one()
    {
        const string Exports = """
            using System.Runtime.InteropServices.JavaScript;

            public static partial class Exports
            {
                [JSExport]
                public static int Add(int a, int b) => a + b;
            }
            """;
        var dir = feed.CreateProject("InteropJs", new Dictionary<string, string> { ["Program.cs"] = Program, ["Exports.cs"] = Exports });

        var analyzers = CompilerAnalyzers(dir, "-p:AllowUnsafeBlocks=true");
        Assert.Contains(JavaScriptGenerator, analyzers);
        Assert.DoesNotContain(ComGenerator, analyzers);
    }

    /// <summary>The analyzers after a real build: what CoreCompile handed the compiler.</summary>
    private static List<string> CompilerAnalyzers(string dir, params string[] properties) =>
        Dotnet.AnalyzerFileNames(dir, TimeSpan.FromMinutes(5), ["-restore", "-t:Build", .. properties]);
}
