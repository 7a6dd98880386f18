using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bench.Generator;

/// <summary>
/// The source generators the SDK hands the compiler for every ASP.NET Core project (System.Text.Json, Regex, the
/// interop generators, logging, options, configuration binding, validation, ...), loaded from the targeting packs of
/// the running framework. Running them once before the Pages generator's cold run is how a real build meets that run:
/// the compiler process has already run generators, and much of Roslyn's driver code (ForAttributeWithMetadataName
/// over its own shapes) is jitted by then.
/// </summary>
public static class FrameworkGenerators
{
    /// <summary>A file that gives the common generators work: a JSON context, a generated regex, a log message, an import.</summary>
    private const string Uses = """
        using System.Runtime.InteropServices;
        using System.Text.Json.Serialization;
        using System.Text.RegularExpressions;
        using Microsoft.Extensions.Logging;

        namespace Warmup;

        public sealed record Post(string Title, int Year, string[] Tags);

        [JsonSerializable(typeof(Post))]
        internal sealed partial class PostJson : JsonSerializerContext;

        internal static partial class Patterns
        {
            [GeneratedRegex("^[a-z0-9-]+$")]
            internal static partial Regex Slug();
        }

        internal static partial class Log
        {
            [LoggerMessage(Level = LogLevel.Information, Message = "Built {Count} pages")]
            internal static partial void Built(ILogger logger, int count);
        }

        internal static partial class Native
        {
            [LibraryImport("libc", EntryPoint = "getpid")]
            internal static partial int ProcessId();
        }
        """;

    /// <summary>Loads the framework's generators and runs them over <paramref name="compilation"/> plus a file that uses them.</summary>
    /// <returns>What ran: the generator count and the files they produced.</returns>
    public static (int Generators, int Files) Run(CSharpCompilation compilation, CSharpParseOptions parseOptions)
    {
        ISourceGenerator[] generators = Load().ToArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions)
            .RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Uses, parseOptions)));
        return (generators.Length, driver.GetRunResult().GeneratedTrees.Length);
    }

    private static IEnumerable<ISourceGenerator> Load()
    {
        foreach (string folder in AnalyzerFolders())
        {
            foreach (string path in Directory.GetFiles(folder, "*.dll"))
            {
                Type[] types;
                try
                {
                    types = Assembly.LoadFrom(path).GetTypes();
                }
                catch (ReflectionTypeLoadException partial)
                {
                    types = partial.Types.OfType<Type>().ToArray();
                }

                foreach (Type type in types.Where(t => !t.IsAbstract && t.GetCustomAttributes<GeneratorAttribute>().Any()))
                {
                    object instance = Activator.CreateInstance(type)!;
                    yield return instance is IIncrementalGenerator incremental ? incremental.AsSourceGenerator() : (ISourceGenerator)instance;
                }
            }
        }
    }

    /// <summary>analyzers/dotnet/cs of the .NET and ASP.NET Core targeting packs of the versions this process runs on.</summary>
    private static IEnumerable<string> AnalyzerFolders()
    {
        foreach (Assembly framework in new[] { typeof(object).Assembly, typeof(Microsoft.AspNetCore.Http.HttpContext).Assembly })
        {
            // <dotnet>/shared/<framework>/<version>/ -> <dotnet>/packs/<framework>.Ref/<version>/analyzers/dotnet/cs
            var shared = new DirectoryInfo(Path.GetDirectoryName(framework.Location)!);
            string root = shared.Parent!.Parent!.Parent!.FullName;
            string folder = Path.Combine(root, "packs", shared.Parent.Name + ".Ref", shared.Name, "analyzers", "dotnet", "cs");
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"No targeting pack analyzers at {folder}: install the SDK that matches the running framework.");
            }

            yield return folder;
        }
    }
}
