using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using Pages.Generators.Tests.Infrastructure;
using Xunit;

namespace Pages.Generators.Tests.Content;

/// <summary>
/// The generated content table read back by the generated code at run time: the assembly is compiled, loaded
/// and its collection read through the runtime, so every value has gone .md → table → record.
/// </summary>
public sealed class ContentTableRoundTripTests
{
    private const string Schema = """
        namespace App;

        [global::Pages.Collection("things")]
        public sealed record Thing(string Title, int[][] Grid, List<string?> Notes, Kind Kind, Point Where, Point? Maybe = null, double Ratio = 1, float Small = 0, long Big = 0)
        {
            public Point[] Points { get; init; } = [];
            public string Extra { get; set; } = "unset";
        }

        public readonly record struct Point(int X, int Y);

        public enum Kind { @class, Other }
        """;

    /// <summary>
    /// The table is a string literal in Release and Debug builds alike (<c>PagesUtf8Literals</c> is for template text): a
    /// <c>u8</c> literal costs the compiler one bound node per byte (docs/content.md).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_value_survives_the_table(bool utf8Literals)
    {
        var properties = GeneratorHarness.DefaultProperties();
        properties["build_property.PagesUtf8Literals"] = utf8Literals ? "true" : "false";
        var run = GeneratorHarness.Run(new[]
        {
            ("Content/things/full.md", """
                ---
                title: "Pair \U0001F600, quote \" and é"
                grid: [[1, 2], [], [-3]]
                notes: [a, null, ""]
                kind: class
                where: { x: 1, y: -2 }
                maybe: { x: 3, y: 4 }
                ratio: .nan
                small: 0.1
                big: -9223372036854775808
                points: [{ x: 5, y: 6 }]
                extra: set
                ---
                Body
                """),
            ("Content/things/short.md", "---\ntitle: Short\ngrid: []\nnotes: []\nkind: other\nwhere: { x: 0, y: 0 }\n---\n"),
        }, properties, Schema);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilerDiagnostics);
        Assert.DoesNotContain("\"u8", run.Sources["PagesContent.g.cs"], StringComparison.Ordinal);
        Assert.Contains("Table0 => global::System.Text.Encoding.UTF8.GetBytes(\"", run.Sources["PagesContent.g.cs"], StringComparison.Ordinal);
        var entries = Read(run, "App.Thing", "things");

        Assert.Equal(
            """{"Title":"Pair \uD83D\uDE00, quote \u0022 and \u00E9","Grid":[[1,2],[],[-3]],"Notes":["a",null,""],"Kind":0,"Where":{"X":1,"Y":-2},"Maybe":{"X":3,"Y":4},"Ratio":"NaN","Small":0.1,"Big":-9223372036854775808,"Points":[{"X":5,"Y":6}],"Extra":"set"}""",
            entries["full"]);
        Assert.Equal(
            """{"Title":"Short","Grid":[],"Notes":[],"Kind":1,"Where":{"X":0,"Y":0},"Maybe":null,"Ratio":1,"Small":0,"Big":0,"Points":[],"Extra":"unset"}""",
            entries["short"]);
    }

    /// <summary>Each entry's data as JSON, by id, read through <c>Content.GetCollection</c> from the compiled assembly.</summary>
    private static Dictionary<string, string> Read(GeneratorRun run, string typeName, string collection)
    {
        using var image = new MemoryStream();
        var emit = run.Compilation.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var assembly = new AssemblyLoadContext("content-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
        var type = assembly.GetType(typeName, throwOnError: true)!;
        RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);
        var get = typeof(global::Pages.Content).GetMethod(nameof(global::Pages.Content.GetCollection))!.MakeGenericMethod(type);
        var entries = (System.Collections.IEnumerable)get.Invoke(null, new object?[] { collection, null })!;
        var options = new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals, IncludeFields = false };
        var result = new Dictionary<string, string>();
        foreach (var entry in entries)
        {
            var entryType = entry.GetType();
            var id = (string)entryType.GetProperty("Id")!.GetValue(entry)!;
            var data = entryType.GetProperty("Data")!.GetValue(entry)!;
            result[id] = JsonSerializer.Serialize(data, type, options);
        }
        return result;
    }
}
