namespace Pages.LanguageServer.Protocol;

/// <summary>Parameters of <c>window/showMessage</c>. Type: 1 error, 2 warning, 3 info, 4 log.</summary>
public sealed record ShowMessageParams(int Type, string Message);
