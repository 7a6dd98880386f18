using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Pages.Build;

/// <summary>
/// Finds the source generators in a compile that have nothing to do: those whose trigger words appear in none of the
/// compile's source files. A generator only ever sees the compile's own sources (never another generator's output), so
/// when no source names the attribute or API it acts on, it generates nothing and reports nothing, and the compiler
/// can run without it (buildTransitive/Pages.IdleGenerators.targets; docs/performance.md, "Idle generators").
/// The search is a plain ordinal text search and errs one way only: a word in a comment or a string keeps the
/// generator, and so does a file that cannot be read or that has a Unicode escape (<c>\u</c>, <c>\U</c>), which
/// could spell an identifier without its letters.
/// </summary>
public sealed class FindIdleGenerators : Task
{
    /// <summary>The compile's source files (<c>@(Compile)</c>).</summary>
    [Required]
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The compile's analyzer assemblies (<c>@(Analyzer)</c>).</summary>
    [Required]
    public ITaskItem[] Analyzers { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// One item per generator assembly that may be left out: its file name without extension, with <c>Words</c>
    /// metadata listing (separated by <c>;</c>) what a source must contain for the generator to have work.
    /// </summary>
    [Required]
    public ITaskItem[] Generators { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The items of <see cref="Analyzers"/> whose generator has nothing to do.</summary>
    [Output]
    public ITaskItem[] IdleAnalyzers { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var candidates = PresentGenerators();
        foreach (var source in Sources)
        {
            if (candidates.Count == 0)
            {
                break;
            }
            var path = source.GetMetadata("FullPath");
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Log.LogMessage(MessageImportance.Low, "Could not read {0} ({1}); every source generator stays.", path, e.Message);
                candidates.Clear();
                break;
            }
            if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
            {
                Log.LogMessage(MessageImportance.Low, "{0} has a Unicode escape; every source generator stays.", path);
                candidates.Clear();
                break;
            }
            candidates.RemoveAll(generator => Mentions(text, generator.Words));
        }

        var idle = new List<ITaskItem>();
        foreach (var analyzer in Analyzers)
        {
            var name = analyzer.GetMetadata("Filename");
            if (candidates.Exists(generator => string.Equals(generator.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                idle.Add(analyzer);
                Log.LogMessage(MessageImportance.Normal, "No source mentions what {0} acts on: the compiler runs without it.", name);
            }
        }
        IdleAnalyzers = idle.ToArray();
        return true;
    }

    // The generators of Generators that are in Analyzers: only those need a look at the sources.
    private List<(string Name, string[] Words)> PresentGenerators()
    {
        var present = new List<(string Name, string[] Words)>();
        foreach (var generator in Generators)
        {
            var name = generator.ItemSpec;
            var words = Array.ConvertAll(generator.GetMetadata("Words").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries), word => word.Trim());
            var inCompile = Array.Exists(Analyzers, analyzer => string.Equals(analyzer.GetMetadata("Filename"), name, StringComparison.OrdinalIgnoreCase));
            if (inCompile && words.Length > 0)
            {
                present.Add((name, words));
            }
        }
        return present;
    }

    private static bool Mentions(string text, string[] words) =>
        Array.Exists(words, word => text.IndexOf(word, StringComparison.Ordinal) >= 0);
}
