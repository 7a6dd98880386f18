using Microsoft.Extensions.Logging;

namespace Pages;

/// <summary>The log messages of server endpoints, defined once.</summary>
internal static class EndpointLog
{
    private static readonly Action<ILogger, string, Exception?> BadRequestBody = LoggerMessage.Define<string>(
        LogLevel.Debug,
        new EventId(20, "EndpointBadRequest"),
        "Endpoint {Endpoint} could not read the request body; answering with a 4xx status.");

    public static void BadRequest(ILogger logger, string endpoint, Exception exception) =>
        BadRequestBody(logger, endpoint, exception);
}
