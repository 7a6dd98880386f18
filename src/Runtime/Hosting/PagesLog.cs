using Microsoft.Extensions.Logging;

namespace Pages;

/// <summary>The runtime's log messages, defined once (no formatting cost when the level is off).</summary>
internal static class PagesLog
{
    private static readonly Action<ILogger, string, Exception?> RenderFailedBeforeResponse = LoggerMessage.Define<string>(
        LogLevel.Error,
        new EventId(1, "PageRenderFailed"),
        "Page {Page} threw before its response started; answering 500 with the 500 page.");

    private static readonly Action<ILogger, string, Exception?> RenderFailedWhileStreaming = LoggerMessage.Define<string>(
        LogLevel.Error,
        new EventId(2, "PageStreamFailed"),
        "Page {Page} threw after its response started streaming; aborting the connection so the client does not see a complete response.");

    public static void RenderFailed(ILogger logger, string page, Exception exception) =>
        RenderFailedBeforeResponse(logger, page, exception);

    public static void StreamFailed(ILogger logger, string page, Exception exception) =>
        RenderFailedWhileStreaming(logger, page, exception);
}
