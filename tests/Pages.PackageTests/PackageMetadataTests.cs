using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// What the <c>Pages</c> package carries besides code: README, license, the repository and commit it was built
/// from, its symbols as a <c>.snupkg</c> with SourceLink, and one version for the package and both assemblies.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageMetadataTests(PackageFeed feed, ITestOutputHelper output)
{
    // Custom debug information kinds of a portable PDB (System.Reflection.Metadata's well-known GUIDs).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Fact]
    public void Package_carries_readme_license_and_the_commit_it_was_built_from()
    {
        feed.EnsurePacked();
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        Assert.NotNull(zip.GetEntry("README.md"));
        Assert.NotNull(zip.GetEntry("LICENSE"));

        var metadata = Nuspec(zip);
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("expression", (string?)metadata.Element(ns + "license")?.Attribute("type"));

        var repository = metadata.Element(ns + "repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(Git("rev-parse", "HEAD"), (string?)repository.Attribute("commit"));
        var origin = Git("remote", "get-url", "origin");
        // Without a hosted remote (no remote, or a clone of a local folder, as CI makes) there is no public URL to
        // name; a clone of a hosted repository has one.
        var hosted = origin.StartsWith("https://", StringComparison.Ordinal) || origin.StartsWith("http://", StringComparison.Ordinal)
            || origin.StartsWith("ssh://", StringComparison.Ordinal) || origin.StartsWith("git@", StringComparison.Ordinal);
        Assert.Equal(hosted ? origin.Replace(".git", "", StringComparison.Ordinal) : null,
            ((string?)repository.Attribute("url"))?.Replace(".git", "", StringComparison.Ordinal));
        output.WriteLine(repository.ToString());
    }

    [Fact]
    public void Symbols_package_holds_a_portable_pdb_with_sourcelink_and_embedded_untracked_sources()
    {
        feed.EnsurePacked();
        var symbols = Path.ChangeExtension(feed.PackagePath, ".snupkg");
        Assert.True(File.Exists(symbols), $"No symbols package at {symbols}");
        using var zip = ZipFile.OpenRead(symbols);
        var pdbEntry = zip.GetEntry("lib/net10.0/Pages.pdb");
        Assert.NotNull(pdbEntry);

        using var pdbStream = new MemoryStream();
        using (var entryStream = pdbEntry.Open())
        {
            entryStream.CopyTo(pdbStream);
        }

        pdbStream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = provider.GetMetadataReader();
        var kinds = pdb.CustomDebugInformation.Select(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind)).ToList();

        // Sources that are not in git (obj/'s generated AssemblyInfo) travel inside the PDB.
        Assert.Contains(EmbeddedSourceKind, kinds);

        var origin = Git("remote", "get-url", "origin");
        var sourceLink = pdb.CustomDebugInformation
            .Select(h => pdb.GetCustomDebugInformation(h))
            .Where(c => pdb.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
            .SingleOrDefault();
        output.WriteLine(sourceLink ?? "(no SourceLink: the repository has no remote)");
        if (origin.StartsWith("https://github.com/", StringComparison.Ordinal))
        {
            // The debugger fetches each file from the hosting service at the exact commit.
            var repo = origin["https://github.com/".Length..].Replace(".git", "", StringComparison.Ordinal);
            Assert.NotNull(sourceLink);
            Assert.Contains($"https://raw.githubusercontent.com/{repo}/{Git("rev-parse", "HEAD")}/*", sourceLink, StringComparison.Ordinal);
        }
        else
        {
            // SourceLink maps files to the remote's URL: with no (GitHub) remote there is nothing to map to.
            Assert.True(sourceLink is null || origin.Length > 0, sourceLink);
        }
    }

    [Fact]
    public void Runtime_and_generator_assemblies_carry_the_one_PagesVersion()
    {
        feed.EnsurePacked();
        var props = XDocument.Load(Repo.Path("Directory.Build.props"));
        var pagesVersion = props.Descendants("PagesVersion").Single().Value;
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        foreach (var path in new[] { "lib/net10.0/Pages.dll", "analyzers/dotnet/cs/Pages.Generators.dll" })
        {
            using var stream = new MemoryStream();
            using (var entry = zip.GetEntry(path)!.Open())
            {
                entry.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var reader = pe.GetMetadataReader();
            var version = reader.GetAssemblyDefinition().Version;
            Assert.Equal(new Version(pagesVersion).ToString(3), version.ToString(3));
            var informational = reader.GetAssemblyDefinition().GetCustomAttributes()
                .Select(h => reader.GetCustomAttribute(h))
                .Select(a => Encoding.UTF8.GetString(reader.GetBlobBytes(a.Value)))
                .FirstOrDefault(v => v.Contains(pagesVersion + "+", StringComparison.Ordinal));
            // The informational version names the commit too (…+<sha>), as SourceLink's git data gives it.
            Assert.True(informational is not null && informational.Contains(Git("rev-parse", "HEAD"), StringComparison.Ordinal),
                $"{path}: no informational version '{pagesVersion}+<commit>'");
        }
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        using var stream = zip.GetEntry("Pages.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    private static string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : "";
    }
}
