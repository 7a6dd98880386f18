using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace Pages.PackageTests.Infrastructure;

/// <summary>Reads whether an assembly file is a ReadyToRun image (native code beside its IL) or IL only.</summary>
internal static class ReadyToRunImage
{
    /// <summary>A linux-x64 ReadyToRun image's PE machine: AMD64 (0x8664) XOR the Linux marker 0x7B79.</summary>
    public const Machine LinuxX64Machine = (Machine)0xFD1D;

    /// <summary>
    /// Whether the package built here carries precompiled images and an app built here uses them: both only on linux-x64
    /// (the package is packed where the tests run, and an app's build output runs where it is built).
    /// </summary>
    public static bool ShippedForThisHost => RuntimeInformation.RuntimeIdentifier == "linux-x64";

    /// <summary>Whether the file at <paramref name="path"/> carries precompiled code (see <see cref="Read"/>).</summary>
    public static bool IsPrecompiled(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream).IsReadyToRun;
    }

    /// <summary>
    /// Describes the assembly in <paramref name="stream"/> (seekable). A ReadyToRun image has a managed native header
    /// (the CLI header's <c>ManagedNativeHeader</c> directory) and the CLI header's <c>ILLibrary</c> flag, which
    /// crossgen2 sets; an IL-only assembly has neither.
    /// </summary>
    public static AssemblyImage Read(Stream stream)
    {
        using var pe = new PEReader(stream, PEStreamOptions.LeaveOpen);
        var cor = pe.PEHeaders.CorHeader!;
        var metadata = pe.GetMetadataReader();
        return new AssemblyImage(
            stream.Length,
            pe.PEHeaders.CoffHeader.Machine,
            IsReadyToRun: cor.ManagedNativeHeaderDirectory.Size > 0 && cor.Flags.HasFlag(CorFlags.ILLibrary),
            metadata.GetAssemblyDefinition().GetAssemblyName().FullName,
            metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
    }

    /// <summary>
    /// Asserts that <paramref name="precompiled"/> (named <paramref name="name"/> in messages) is a linux-x64 ReadyToRun
    /// image of the same assembly as the IL-only <paramref name="il"/>: where .NET does not use a method's native code,
    /// it compiles that method's IL as before.
    /// </summary>
    public static void AssertPrecompiledCopy(AssemblyImage il, AssemblyImage precompiled, string name)
    {
        Assert.False(il.IsReadyToRun, $"the IL file beside {name} is precompiled");
        Assert.True(precompiled.IsReadyToRun, $"{name} has no ReadyToRun code.");
        Assert.Equal(LinuxX64Machine, precompiled.Machine);
        Assert.Equal(il.Identity, precompiled.Identity);
        Assert.Equal(il.Mvid, precompiled.Mvid);
    }

    /// <summary>Describes the assembly at <paramref name="path"/> in a package (null when there is none).</summary>
    public static AssemblyImage? Read(System.IO.Compression.ZipArchive package, string path)
    {
        var entry = package.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        return Read(bytes);
    }
}
