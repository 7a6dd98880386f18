using Xunit;
using System.Runtime.CompilerServices;
using Pages.Generators.Emit;

namespace Pages.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots (Verify is not served here): the expected text lives beside the test as
/// <c>&lt;Class&gt;.&lt;name&gt;.verified.cs</c>. A mismatch writes <c>.received.cs</c> and fails;
/// <c>PAGES_ACCEPT=1</c> rewrites the approved file instead. The generator's version in <c>[GeneratedCode]</c> is
/// scrubbed to <c>{version}</c>, so a version bump changes no approved file.
/// </summary>
public static class Approvals
{
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var prefix = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{name}");
        var approvedPath = prefix + ".verified.cs";
        var receivedPath = prefix + ".received.cs";
        actual = ScrubVersion(actual.Replace("\r\n", "\n"));
        if (Environment.GetEnvironmentVariable("PAGES_ACCEPT") == "1")
        {
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Xunit.Assert.Fail(approved is null
            ? $"No approved file {approvedPath}; the output was written to {receivedPath}. Run with PAGES_ACCEPT=1 to approve it."
            : $"The output differs from {approvedPath}; see {receivedPath} (diff them; PAGES_ACCEPT=1 approves).");
    }

    /// <summary>Replaces the generator's version with <c>{version}</c> wherever generated code names it.</summary>
    public static string ScrubVersion(string text)
        => text.Replace($"GeneratedCode(\"{GeneratorInfo.Name}\", \"{GeneratorInfo.Version}\")", $"GeneratedCode(\"{GeneratorInfo.Name}\", \"{{version}}\")");
}
