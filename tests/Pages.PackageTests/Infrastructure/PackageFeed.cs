using System.Globalization;

namespace Pages.PackageTests.Infrastructure;

/// <summary>
/// Packs <c>src/Runtime</c> once per test run into a temporary folder that serves as a local NuGet feed.
/// <para>
/// Isolation: the package gets a version no other run has (<c>0.1.0-test.&lt;UTC time&gt;.&lt;pid&gt;</c>), so the
/// global packages folder can never hand back a stale copy; the consumer projects' <c>nuget.config</c> clears the
/// machine's sources and maps the id <c>Pages</c> to the local feed only (nuget.org keeps every other id, though a
/// consumer needs none). Everything lives under one temp root outside the repository, with empty
/// <c>Directory.Build.props</c>/<c>.targets</c>/<c>Directory.Packages.props</c> so that nothing is inherited. On dispose
/// the root and this version's folder in the global packages folder are deleted.
/// </para>
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        Version = string.Create(CultureInfo.InvariantCulture,
            $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");
        Root = Path.Combine(Path.GetTempPath(), $"pages-package-tests-{Guid.NewGuid():N}");
        FeedDirectory = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedDirectory);

        // Stop MSBuild's upward search for Directory.Build.* and central package files here.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="pages-local" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="pages-local">
                  <package pattern="Pages" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Packing builds src/Generators and src/Runtime in Release if they are not up to date (after test.sh's
        // `dotnet build -c Release` they are). PackageVersion changes only the package, not the assemblies, so the
        // build stays incremental; the nuspec goes to the temp root instead of obj/.
        PackResult = Dotnet.Run(Repo.Root, TimeSpan.FromMinutes(5),
            "pack", Repo.Path("src", "Runtime", "Pages.csproj"), "-c", "Release", "-o", FeedDirectory,
            $"-p:PackageVersion={Version}", $"-p:NuspecOutputPath={Path.Combine(Root, "nuspec")}{Path.DirectorySeparatorChar}",
            "-nodeReuse:false");
        PackagePath = Path.Combine(FeedDirectory, $"Pages.{Version}.nupkg");
    }

    /// <summary>The version of this run's package.</summary>
    public string Version { get; }

    /// <summary>The temp folder holding the feed and the test projects.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    public CommandResult PackResult { get; }

    public string PackagePath { get; }

    /// <summary>Throws with the pack output unless the pack succeeded.</summary>
    public void EnsurePacked()
    {
        if (PackResult.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing failed:\n{PackResult}");
        }
    }

    /// <summary>
    /// Creates a consumer web project under the temp root: only the Pages PackageReference and the given files. A Web SDK
    /// project, or with <paramref name="webSdk"/> false an executable on Microsoft.NET.Sdk, as <c>dotnet new pages</c>
    /// writes it (the package makes it a web app).
    /// </summary>
    public string CreateProject(string name, IReadOnlyDictionary<string, string> files, bool webSdk = true)
    {
        EnsurePacked();
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="{(webSdk ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Pages" Version="[{Version}]" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return dir;
    }

    public void Dispose()
    {
        TryDelete(Root);
        TryDelete(InstalledDirectory);
    }

    /// <summary>NuGet's global packages folder, where a restore puts the packages it uses.</summary>
    public static string GlobalPackagesFolder
    {
        get
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrEmpty(packages)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : packages;
        }
    }

    /// <summary>This run's package as a consumer's restore extracted it into the global packages folder.</summary>
    public string InstalledDirectory => Path.Combine(GlobalPackagesFolder, "pages", Version.ToLowerInvariant());

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package feed";
}
