using System.Reflection.PortableExecutable;

namespace Pages.PackageTests.Infrastructure;

/// <summary>Reads whether an assembly file is a ReadyToRun image (native code beside its IL) or IL only.</summary>
internal static class ReadyToRunImage
{
    /// <summary>
    /// Whether the file carries precompiled code: a ReadyToRun image has a managed native header (the CLI header's
    /// <c>ManagedNativeHeader</c> directory), an IL-only assembly has none.
    /// </summary>
    public static bool IsPrecompiled(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
