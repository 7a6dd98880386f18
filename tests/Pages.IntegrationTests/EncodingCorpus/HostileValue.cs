namespace Pages.IntegrationTests.EncodingCorpus;

/// <summary>A value an attacker controls, and whether a URL attribute must refuse it (it would run script).</summary>
public sealed record HostileValue(string Text, bool RunsScriptAsUrl = false);
