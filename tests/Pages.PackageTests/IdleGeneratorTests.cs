using Pages.PackageTests.Infrastructure;

namespace Pages.PackageTests;

/// <summary>
/// The package's buildTransitive/Pages.IdleGenerators.targets in a real build: an app whose sources name nothing the
/// eight generators act on compiles without them (they would have nothing to do, and together cost a cold compile
/// ≈ 0.6 s), an app that uses one keeps it and it runs, and PagesKeepIdleGenerators=true keeps them all.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class IdleGeneratorTests(PackageFeed feed)
{
    private const string ComGenerator = "Microsoft.Interop.ComInterfaceGenerator.dll";
    private const string JavaScriptGenerator = "Microsoft.Interop.JavaScript.JSImportGenerator.dll";
    private const string ValidationGenerator = "Microsoft.Extensions.Validation.ValidationsGenerator.dll";
    private const string OptionsGenerator = "Microsoft.Extensions.Options.SourceGeneration.dll";
    private const string PInvokeGenerator = "Microsoft.Interop.LibraryImportGenerator.dll";
    private const string JsonGenerator = "System.Text.Json.SourceGeneration.dll";
    private const string RegexGenerator = "System.Text.RegularExpressions.Generator.dll";
    private const string LoggingGenerator = "Microsoft.Extensions.Logging.Generators.dll";
    private const string Program = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n";

    private static readonly string[] s_idle =
        [ComGenerator, JavaScriptGenerator, ValidationGenerator, OptionsGenerator, PInvokeGenerator, JsonGenerator, RegexGenerator, LoggingGenerator];

    [Fact]
    public void An_app_that_names_none_of_their_triggers_compiles_without_the_eight_generators_unless_it_asks_to_keep_them()
    {
        var dir = feed.CreateProject("IdleFree", new Dictionary<string, string> { ["Program.cs"] = Program });

        var dropped = CompilerAnalyzers(dir);
        Assert.Empty(dropped.Intersect(s_idle));
        // What is left is what the targeting packs gave: the other generators stay (this one makes Program public).
        Assert.Contains("Microsoft.AspNetCore.App.SourceGenerators.dll", dropped);

        var kept = CompilerAnalyzers(dir, "-p:PagesKeepIdleGenerators=true");
        Assert.Equal(s_idle.Order(), kept.Intersect(s_idle).Order());
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
        var dir = feed.CreateProject("IdleCom", new Dictionary<string, string> { ["Program.cs"] = Program, ["Greeter.cs"] = Greeter });

        // Without unsafe code the generator itself fails the build (SYSLIB1062): the proof that it ran on IGreeter.
        var build = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "build", "-nologo");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("SYSLIB1062", build.Output, StringComparison.Ordinal);
        Assert.Contains(ComGenerator, CompilerAnalyzers(dir, "-p:AllowUnsafeBlocks=true"));
    }

    [Fact]
    public void An_app_that_calls_AddValidation_keeps_the_validation_generator_and_it_intercepts_the_call()
    {
        const string ValidatingProgram = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddValidation();
            var app = builder.Build();
            app.Run();
            """;
        var dir = feed.CreateProject("IdleValidation", new Dictionary<string, string> { ["Program.cs"] = ValidatingProgram });

        var analyzers = CompilerAnalyzers(dir, "-p:EmitCompilerGeneratedFiles=true");
        Assert.Contains(ValidationGenerator, analyzers);
        Assert.DoesNotContain(ComGenerator, analyzers);
        // The generator wrote its resolver, which intercepts the AddValidation() call.
        var generated = Directory.GetFiles(Path.Combine(dir, "obj"), "ValidatableInfoResolver.g.cs", SearchOption.AllDirectories);
        Assert.Single(generated);
        Assert.Contains("InterceptsLocation", File.ReadAllText(generated[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_that_uses_the_PInvoke_JSON_regex_and_logging_generators_keeps_them_and_builds()
    {
        // Each of these declarations compiles only when its generator runs: a partial method with an access modifier
        // needs the generated body (CS8795), and a JsonSerializerContext the generated members (CS0534).
        const string Uses = """
            using System.Runtime.InteropServices;
            using System.Text.Json.Serialization;
            using System.Text.RegularExpressions;

            public sealed record Post(string Title);

            [JsonSerializable(typeof(Post))]
            internal sealed partial class SiteJson : JsonSerializerContext;

            internal static partial class Uses
            {
                [LibraryImport("libc")]
                internal static partial int getpid();

                [GeneratedRegex("a+")]
                internal static partial Regex As();

                [LoggerMessage(Level = LogLevel.Information, Message = "Hello {Name}")]
                internal static partial void Hello(ILogger logger, string name);
            }
            """;
        var dir = feed.CreateProject("IdleUsed", new Dictionary<string, string> { ["Program.cs"] = Program, ["Uses.cs"] = Uses });

        var analyzers = CompilerAnalyzers(dir, "-p:AllowUnsafeBlocks=true");
        Assert.Contains(PInvokeGenerator, analyzers);
        Assert.Contains(JsonGenerator, analyzers);
        Assert.Contains(RegexGenerator, analyzers);
        Assert.Contains(LoggingGenerator, analyzers);
        Assert.DoesNotContain(JavaScriptGenerator, analyzers);
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
        var dir = feed.CreateProject("IdleJs", new Dictionary<string, string> { ["Program.cs"] = Program, ["Exports.cs"] = Exports });

        var analyzers = CompilerAnalyzers(dir, "-p:AllowUnsafeBlocks=true");
        Assert.Contains(JavaScriptGenerator, analyzers);
        Assert.DoesNotContain(ComGenerator, analyzers);
    }

    /// <summary>The analyzers after a real build: what CoreCompile handed the compiler.</summary>
    private static List<string> CompilerAnalyzers(string dir, params string[] properties) =>
        Dotnet.AnalyzerFileNames(dir, TimeSpan.FromMinutes(5), ["-restore", "-t:Build", .. properties]);
}
