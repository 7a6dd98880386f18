using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pages.Generators.Model;

namespace Pages.Generators;

/// <summary>
/// Every stage of the pipeline runs through here, because a generator must never throw: an exception that escapes
/// a stage is CS8785 for the whole project and no output at all. An unexpected failure becomes PAGE099 at the file
/// the stage was working on, and the stage gives its fallback; cancellation passes through.
/// </summary>
internal static class StageGuard
{
    /// <summary>
    /// Test hook: the name of one stage (a <see cref="TrackingNames"/> or <see cref="OutputStages"/> constant) that throws when it starts, in this
    /// async flow only, so a test proves that stage's failure is a located diagnostic. Null outside those tests.
    /// </summary>
    internal static readonly AsyncLocal<string?> FailingStage = new();

    /// <summary>Runs a stage that produces a value; on failure, <paramref name="fallback"/> gets the PAGE099 to carry.</summary>
    public static T Run<T>(string stage, string filePath, Func<T> body, Func<DiagnosticInfo, T> fallback)
    {
        try
        {
            ThrowIfTested(stage);
            return body();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return fallback(InternalError(stage, filePath, ex));
        }
    }

    /// <summary>Runs an output stage (one that adds sources or reports); a failure is reported as PAGE099.</summary>
    public static void Output(SourceProductionContext context, string stage, string filePath, Action body)
    {
        try
        {
            ThrowIfTested(stage);
            body();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(InternalError(stage, filePath, ex).ToDiagnostic());
        }
    }

    /// <summary>PAGE099 at the start of <paramref name="filePath"/>, naming the stage and the exception.</summary>
    public static DiagnosticInfo InternalError(string stage, string filePath, Exception ex)
        => DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, filePath, new SourceSpan(0, 0, 1, 1, 1, 1),
            filePath, $"{ex.GetType().Name} in stage {stage}: {ex.Message}");

    private static void ThrowIfTested(string stage)
    {
        if (FailingStage.Value is { } failing && failing == stage)
        {
            throw new InvalidOperationException("a failure injected by a test");
        }
    }
}
