using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Pages.Build.Tests;

/// <summary>
/// The idle-generator task (src/Build/FindIdleGenerators.cs) on source files in a temporary folder: a generator is idle
/// only when no source names one of its words, and anything the search cannot be sure of keeps every generator.
/// </summary>
public sealed class FindIdleGeneratorsTests : IDisposable
{
    private const string Com = "Microsoft.Interop.ComInterfaceGenerator";
    private const string JavaScript = "Microsoft.Interop.JavaScript.JSImportGenerator";
    private const string Validation = "Microsoft.Extensions.Validation.ValidationsGenerator";
    private const string Options = "Microsoft.Extensions.Options.SourceGeneration";
    private const string PInvoke = "Microsoft.Interop.LibraryImportGenerator";
    private const string Json = "System.Text.Json.SourceGeneration";
    private const string Regex = "System.Text.RegularExpressions.Generator";
    private const string Logging = "Microsoft.Extensions.Logging.Generators";
    private const string Program = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n";

    private static readonly string[] s_all = [Com, JavaScript, Validation, Options, PInvoke, Json, Regex, Logging];

    // The generators and words the package's targets hand the task (copied beside the tests by the project file).
    private static readonly ITaskItem[] s_candidates = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Pages.IdleGenerators.targets"))
        .Descendants("_PagesIdleCandidate")
        .Where(element => element.Attribute("Include") is not null)
        .Select(element =>
        {
            var item = new TaskItem(element.Attribute("Include")!.Value);
            item.SetMetadata("Words", element.Attribute("Words")!.Value);
            return (ITaskItem)item;
        })
        .ToArray();

    private readonly string _folder = Directory.CreateTempSubdirectory("pages-idle-generators-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Generators_that_no_source_names_are_idle_and_come_back_as_the_analyzer_items_given()
    {
        var analyzers = Analyzers(Com, JavaScript, "Microsoft.AspNetCore.App.SourceGenerators");

        var idle = Run(Sources(("Program.cs", Program), ("Post.cs", "public sealed record Post(string Title);\n")), analyzers);

        Assert.Equal([analyzers[0], analyzers[1]], idle);
    }

    [Theory]
    [InlineData("[GeneratedComInterface]\n[Guid(\"0b2b1bd3-0b52-4a33-8a0e-3a8a3e8e6e0c\")]\npartial interface IGreeter { void Greet(); }\n", Com)]
    [InlineData("using System.Runtime.InteropServices.Marshalling;\n", Com, PInvoke)]
    [InlineData("[ComImport, Guid(\"0b2b1bd3-0b52-4a33-8a0e-3a8a3e8e6e0c\")]\ninterface IOld { }\n", Com)]
    [InlineData("var p = Marshal.GetIUnknownForObject(o);\n", Com, PInvoke)]
    [InlineData("[VirtualMethodIndex(0)] void M();\n", Com)]
    [InlineData("[LibraryImport(\"libc\")]\nprivate static partial int getpid();\n", PInvoke)]
    [InlineData("[DllImport(\"libc\")]\nprivate static extern int getpid();\n", PInvoke)]
    [InlineData("[JsonSerializable(typeof(Post))]\ninternal partial class SiteJson : JsonSerializerContext { }\n", Json)]
    [InlineData("[GeneratedRegex(\"a+\")]\nprivate static partial Regex As();\n", Regex)]
    [InlineData("[LoggerMessage(Level = LogLevel.Information, Message = \"Hello {Name}\")]\nstatic partial void Hello(ILogger logger, string name);\n", Logging)]
    [InlineData("[JSImport(\"globalThis.console.log\")]\nstatic partial void Log(string message);\n", JavaScript)]
    [InlineData("[JSExport]\nstatic int Add(int a, int b) => a + b;\n", JavaScript)]
    [InlineData("builder.Services.AddValidation();\n", Validation)]
    [InlineData("[ValidatableType]\npublic sealed record Order(int Count);\n", Validation)]
    [InlineData("[OptionsValidator]\npublic partial class SiteOptionsValidator : IValidateOptions<SiteOptions> { }\n", Options)]
    public void A_source_that_names_a_generator_s_word_keeps_that_generator_and_only_those_it_names(string code, params string[] kept)
    {
        var idle = Run(Sources(("Program.cs", Program), ("Uses.cs", code)), Analyzers(s_all));

        Assert.Equal(s_all.Except(kept).Order(), idle.Select(item => item.GetMetadata("Filename")).Order());
    }

    [Fact]
    public void A_word_in_a_comment_keeps_the_generator_too()
    {
        var idle = Run(Sources(("Program.cs", "// JSExport comes later\n" + Program)), Analyzers(Com, JavaScript));

        Assert.Equal([Com], idle.Select(item => item.GetMetadata("Filename")));
    }

    [Theory]
    [InlineData("[Generated\\u0043omInterface] partial interface I { }\n")]
    [InlineData("var s = \"caf\\U000000e9\";\n")]
    public void A_Unicode_escape_anywhere_keeps_every_generator(string code)
    {
        var idle = Run(Sources(("Program.cs", Program), ("Escaped.cs", code)), Analyzers(Com, JavaScript));

        Assert.Empty(idle);
    }

    [Fact]
    public void A_source_that_cannot_be_read_keeps_every_generator()
    {
        var sources = Sources(("Program.cs", Program));
        sources.Add(new TaskItem(Path.Combine(_folder, "obj", "NotWrittenYet.g.cs")));

        Assert.Empty(Run(sources, Analyzers(Com, JavaScript)));
    }

    [Fact]
    public void A_generator_the_compile_does_not_have_is_not_reported()
    {
        var idle = Run(Sources(("Program.cs", Program)), Analyzers("Microsoft.AspNetCore.App.SourceGenerators"));

        Assert.Empty(idle);
    }

    [Fact]
    public void The_targets_hand_the_task_the_eight_generators()
    {
        Assert.Equal(s_all.Order(), s_candidates.Select(item => item.ItemSpec).Order());
    }

    private List<ITaskItem> Sources(params (string Name, string Text)[] files)
    {
        var items = new List<ITaskItem>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, text);
            items.Add(new TaskItem(path));
        }
        return items;
    }

    private static ITaskItem[] Analyzers(params string[] names) =>
        names.Select(name => (ITaskItem)new TaskItem($"/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.0/analyzers/dotnet/cs/{name}.dll")).ToArray();

    private static List<ITaskItem> Run(List<ITaskItem> sources, ITaskItem[] analyzers)
    {
        var engine = new RecordingBuildEngine();
        var task = new FindIdleGenerators
        {
            BuildEngine = engine,
            Sources = [.. sources],
            Analyzers = analyzers,
            Generators = s_candidates,
        };
        Assert.True(task.Execute(), string.Join("\n", engine.Errors));
        return [.. task.IdleAnalyzers];
    }
}
