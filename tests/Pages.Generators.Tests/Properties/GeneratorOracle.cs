using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Pages.Generators.Tests.Infrastructure;

namespace Pages.Generators.Tests.Properties;

/// <summary>
/// Runs the real generator driver over one page text, the way the IDE does on a keystroke (the same driver, one
/// additional text replaced), and checks what must hold for any text: no exception, no CS8785, no internal
/// error, every diagnostic inside the file with a consistent span, and generated code that either compiles or
/// whose errors the user can see in the <c>.page</c>.
/// </summary>
public static class GeneratorOracle
{
    public const string RoutedPath = "Pages/fuzz.page";
    public const string ComponentPath = "Components/Fuzz.page";

    private static readonly CSharpCompilation s_compilation = GeneratorHarness.CreateCompilation();
    private static readonly AdditionalText s_routedSeed = GeneratorHarness.Page(RoutedPath, "<p>seed</p>");
    private static readonly AdditionalText s_componentSeed = GeneratorHarness.Page(ComponentPath, "<p>seed</p>");

    // One warmed driver per kind of file: the references are read and the compilation's symbols bound once.
    private static readonly Lazy<GeneratorDriver> s_routedDriver = new(() => Warm(s_routedSeed));
    private static readonly Lazy<GeneratorDriver> s_componentDriver = new(() => Warm(s_componentSeed));

    /// <summary>Runs the generator over <paramref name="text"/> and returns what it reported; throws on a broken property.</summary>
    /// <param name="compile">Also compile the output (slower): when the generator reported nothing, its errors must be visible
    /// in the page; in any case, none mapped to the page may lie past its end.</param>
    public static OracleResult Check(string text, bool routed, bool compile)
    {
        var seed = routed ? s_routedSeed : s_componentSeed;
        var page = GeneratorHarness.Page(routed ? RoutedPath : ComponentPath, text);
        var driver = (routed ? s_routedDriver : s_componentDriver).Value.ReplaceAdditionalText(seed, page);
        driver = driver.RunGeneratorsAndUpdateCompilation(s_compilation, out var output, out var diagnostics);

        var result = driver.GetRunResult();
        foreach (var run in result.Results)
        {
            Require(run.Exception is null, $"the generator threw {run.Exception}");
        }
        Require(!diagnostics.Any(d => d.Id is "CS8785" or "PAGE099"), "internal failure: " + string.Join("; ", diagnostics));

        var sourceText = SourceText.From(text);
        foreach (var diagnostic in diagnostics)
        {
            RequireInside(diagnostic, page.Path, text, sourceText);
        }

        // A corpus page checked alone links to routes of its own project, which are not here: PAGE050 (a warning) is
        // held to the location rules above but not counted as a finding.
        diagnostics = diagnostics.Where(d => d.Id != "PAGE050").ToImmutableArray();

        var compilerErrors = ImmutableArray<Diagnostic>.Empty;
        if (compile && diagnostics.IsEmpty)
        {
            compilerErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            Require(!compilerErrors.Any(d => d.Id == "CS8785"), "CS8785: " + string.Join("; ", compilerErrors));
            RequireVisible(compilerErrors, page.Path, sourceText, FrontmatterIsBrokenCSharp(text));
        }
        else if (compile)
        {
            // A real build compiles the generated code after the generator's own errors too (seed 3cc8kncEw231: after
            // PAGE028 the compiler placed CS1026 at line 9 of a 5-line page): whatever it reports must be inside the page.
            RequireInsidePage(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), page.Path, sourceText);
        }
        return new OracleResult(diagnostics, compilerErrors);
    }

    private static GeneratorDriver Warm(AdditionalText seed)
        => GeneratorHarness.CreateDriver(new[] { seed }).RunGenerators(s_compilation);

    /// <summary>A generator diagnostic names the page and a span inside it, its offsets agreeing with its lines.</summary>
    private static void RequireInside(Diagnostic diagnostic, string path, string text, SourceText sourceText)
    {
        var location = diagnostic.Location;
        Require(location.Kind == LocationKind.ExternalFile, $"{diagnostic} is not located in a file");
        var lineSpan = location.GetLineSpan();
        Require(lineSpan.Path == path, $"{diagnostic} names {lineSpan.Path}, not {path}");
        var span = location.SourceSpan;
        Require(span.Start >= 0 && span.End <= text.Length, $"{diagnostic} spans {span} outside a text of {text.Length}");
        Require(Expected(sourceText, text, span.Start) == lineSpan.StartLinePosition, $"{diagnostic} starts at {lineSpan.StartLinePosition}, offset {span.Start} is {Expected(sourceText, text, span.Start)}");
        Require(Expected(sourceText, text, span.End) == lineSpan.EndLinePosition, $"{diagnostic} ends at {lineSpan.EndLinePosition}, offset {span.End} is {Expected(sourceText, text, span.End)}");
    }

    /// <summary>Roslyn's position of an offset, except that a leading BOM takes no column (an editor hides it, as the generator's LineMap does).</summary>
    private static LinePosition Expected(SourceText sourceText, string text, int offset)
    {
        var position = sourceText.Lines.GetLinePosition(offset);
        return text.StartsWith('\uFEFF') && position.Line == 0 && offset > 0 ? new LinePosition(0, position.Character - 1) : position;
    }

    /// <summary>
    /// When the generator reported nothing, compiler errors are the user's C# mistakes: at least one must be
    /// reported at the <c>.page</c> (through <c>#line</c>) and every one at the page must be inside it.
    /// </summary>
    /// <remarks>
    /// One exception, a known limit of <c>#line</c> (Razor has it too): when the frontmatter is not valid C# on its
    /// own, the compiler may report the error at the first generated token after it (<c>public co</c> followed by
    /// the generated <c>protected override</c>: CS1585 at <c>protected</c>), in the generated file. The C# editor
    /// shows the frontmatter's own syntax error; docs/reliability.md lists this.
    /// </remarks>
    private static void RequireVisible(ImmutableArray<Diagnostic> errors, string path, SourceText sourceText, bool frontmatterIsBroken)
    {
        if (errors.IsEmpty)
        {
            return;
        }
        var atPage = errors.Where(e => e.Location.GetMappedLineSpan() is { HasMappedPath: true } mapped && mapped.Path == path).ToList();
        Require(atPage.Count > 0 || frontmatterIsBroken, "compiler errors only in generated code: " + string.Join("; ", errors.Take(5)));
        RequireInsidePage(atPage, path, sourceText);
    }

    /// <summary>Every compiler error mapped to the page (through <c>#line</c>) starts on one of its lines.</summary>
    private static void RequireInsidePage(IEnumerable<Diagnostic> errors, string path, SourceText sourceText)
    {
        foreach (var error in errors)
        {
            var mapped = error.Location.GetMappedLineSpan();
            Require(!mapped.HasMappedPath || mapped.Path != path || mapped.StartLinePosition.Line < sourceText.Lines.Count,
                $"{error} is past the page's {sourceText.Lines.Count} lines");
        }
    }

    /// <summary>Whether the text's frontmatter, parsed alone as a C# script (as the generator reads it), has syntax errors.</summary>
    private static bool FrontmatterIsBrokenCSharp(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return false;
        }
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() == "---");
        var code = string.Join("\n", lines[1..(end < 0 ? lines.Length : end)]);
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Preview, kind: SourceCodeKind.Script));
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new GeneratorPropertyException(message);
        }
    }
}
