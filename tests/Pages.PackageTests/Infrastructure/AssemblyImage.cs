using System.Reflection.PortableExecutable;

namespace Pages.PackageTests.Infrastructure;

/// <summary>What a test needs to know of an assembly file: its size, PE machine, whether it is precompiled, and which
/// assembly it is (name and version, and the MVID of the compilation that made its IL).</summary>
internal sealed record AssemblyImage(long Length, Machine Machine, bool IsReadyToRun, string Identity, Guid Mvid);
