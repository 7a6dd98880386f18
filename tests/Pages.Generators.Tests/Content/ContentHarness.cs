using Microsoft.CodeAnalysis;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Content;

/// <summary>Runs the real generator over a schema (C#) and in-memory .md files under /src/App/Content/.</summary>
internal static class ContentHarness
{
    public const string Schema = """
        namespace App;

        [global::Pages.Collection("blog")]
        public sealed record BlogPost(
            string Title,
            DateTime PubDate,
            Category Category,
            string[] Tags,
            Author Author,
            DateTime? UpdatedDate = null,
            bool Draft = false)
        {
            public List<int> Scores { get; init; } = new();
        }

        public sealed record Author(string Name, string? Url = null);

        public enum Category { News, Guide }
        """;

    public static GeneratorRun Run(params (string Path, string Text)[] files) => Run(Schema, files);

    public static GeneratorRun Run(string schema, params (string Path, string Text)[] files)
        => GeneratorHarness.Run(files, null, schema);

    public static string FilePath(string projectPath) => GeneratorHarness.ProjectDir + projectPath;

    /// <summary>The generator's diagnostics as "id file(line,col)" strings, in a stable order.</summary>
    public static string[] Describe(GeneratorRun run) => run.GeneratorDiagnostics
        .Select(Describe)
        .OrderBy(s => s, StringComparer.Ordinal)
        .ToArray();

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
