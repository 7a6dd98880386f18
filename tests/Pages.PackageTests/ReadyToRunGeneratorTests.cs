using System.IO.Compression;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// The precompiled (ReadyToRun) generator the package carries for compilers running on .NET on linux-x64, and the
/// build targets that hand it to the compiler there instead of the IL copy (docs/performance.md#generator-cold-start-issue-11).
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReadyToRunGeneratorTests(PackageFeed feed, ITestOutputHelper output)
{
    private const string ReadyToRunFolder = "buildTransitive/readytorun/linux-x64/";
    private const string ILFolder = "analyzers/dotnet/cs/";
    private static readonly string[] AnalyzerFiles = ["Pages.Generators.dll", "YamlDotNet.dll"];

    /// <summary>Whether this host packs the precompiled copies (the package is built where the tests run).</summary>
    private static bool PacksReadyToRun => ReadyToRunImage.ShippedForThisHost;

    [Fact]
    public void Package_carries_the_generator_precompiled_for_linux_x64_beside_the_same_assembly_as_IL()
    {
        feed.EnsurePacked();
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        Assert.NotNull(zip.GetEntry("buildTransitive/Pages.GeneratorReadyToRun.targets"));
        foreach (var file in AnalyzerFiles)
        {
            var il = ReadyToRunImage.Read(zip, ILFolder + file);
            Assert.NotNull(il);
            Assert.False(il.IsReadyToRun, $"{ILFolder}{file} must stay IL only: every host that is not .NET on linux-x64 loads it.");
            var precompiled = ReadyToRunImage.Read(zip, ReadyToRunFolder + file);
            if (!PacksReadyToRun)
            {
                Assert.Null(precompiled);
                continue;
            }

            Assert.NotNull(precompiled);
            output.WriteLine($"{file}: IL {il.Length:N0} B, ReadyToRun {precompiled.Length:N0} B");
            ReadyToRunImage.AssertPrecompiledCopy(il, precompiled, ReadyToRunFolder + file);
        }
    }

    [Fact]
    public void Build_on_dotnet_hands_the_compiler_the_precompiled_generator_and_the_IL_one_when_switched_off()
    {
        var dir = feed.CreateProject("ReadyToRunConsumer", new Dictionary<string, string>
        {
            ["Program.cs"] = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n",
        });
        var restore = Dotnet.Run(dir, TimeSpan.FromMinutes(5), "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var precompiled = PagesAnalyzers(dir);
        var il = PagesAnalyzers(dir, "-p:PagesReadyToRunGenerator=false");

        Assert.Equal(AnalyzerFiles, il.Select(a => a.File));
        Assert.All(il, a => Assert.Equal(ILFolder, a.Folder));
        Assert.Equal(AnalyzerFiles, precompiled.Select(a => a.File));
        Assert.All(precompiled, a => Assert.Equal(PacksReadyToRun ? ReadyToRunFolder : ILFolder, a.Folder));
    }

    /// <summary>The Pages package's analyzers the compiler would get, as (folder in the package, file name), sorted.</summary>
    private List<(string Folder, string File)> PagesAnalyzers(string dir, params string[] properties)
    {
        var packageRoot = Path.Combine("pages", feed.Version.ToLowerInvariant()) + "/";
        return Dotnet.MSBuildItems(dir, TimeSpan.FromMinutes(5), ["-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", .. properties])
            .GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!.Replace('\\', '/'))
            .Where(path => path.Contains(packageRoot, StringComparison.OrdinalIgnoreCase))
            .Select(path => path[(path.IndexOf(packageRoot, StringComparison.OrdinalIgnoreCase) + packageRoot.Length)..])
            .Select(path => (Folder: path[..(path.LastIndexOf('/') + 1)], File: path[(path.LastIndexOf('/') + 1)..]))
            .OrderBy(a => a.File, StringComparer.Ordinal)
            .ToList();
    }
}
