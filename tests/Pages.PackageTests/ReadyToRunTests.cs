using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// The package carries ReadyToRun images of Pages and Markdig, compiled when it was packed
/// (src/Runtime/Pages.ReadyToRunImages.targets), and an app's build copies them to bin/ instead of the IL files
/// (buildTransitive/Pages.ReadyToRun.targets) — only when the app resolved the very IL file an image was compiled from.
/// A publish and <c>PagesReadyToRun=false</c> keep the IL files; no app build runs crossgen2.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReadyToRunTests(PackageFeed feed, ITestOutputHelper output)
{
    private const string RuntimeImageFolder = "buildTransitive/readytorun/linux-x64/runtime/";
    private static readonly string[] PrecompiledFiles = ["Markdig.dll", "Pages.dll"];
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Package_carries_Pages_and_Markdig_precompiled_each_in_a_folder_named_by_the_SHA256_of_its_IL_file()
    {
        feed.EnsurePacked();
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        var images = zip.Entries.Where(e => e.FullName.StartsWith(RuntimeImageFolder, StringComparison.Ordinal)).ToList();
        if (!ReadyToRunImage.ShippedForThisHost)
        {
            Assert.Empty(images);
            return;
        }

        // System.IO.Hashing is left out (its image saved 2 of the 6 methods the export JIT-compiles in it).
        Assert.Equal(PrecompiledFiles, images.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var image in images)
        {
            var ilBytes = image.Name == "Pages.dll" ? Bytes(zip, "lib/net10.0/Pages.dll") : File.ReadAllBytes(MarkdigFile(zip));
            var folder = image.FullName[RuntimeImageFolder.Length..image.FullName.LastIndexOf('/')];
            Assert.Equal(Convert.ToHexString(SHA256.HashData(ilBytes)), folder);

            using var ilStream = new MemoryStream(ilBytes);
            var il = ReadyToRunImage.Read(ilStream);
            var precompiled = ReadyToRunImage.Read(zip, image.FullName)!;
            output.WriteLine($"{image.Name}: IL {il.Length:N0} B, ReadyToRun {precompiled.Length:N0} B");
            ReadyToRunImage.AssertPrecompiledCopy(il, precompiled, image.FullName);
        }
    }

    [Fact]
    public void Build_copies_the_images_once_run_and_export_use_them_and_publish_the_opt_out_and_another_Markdig_keep_IL()
    {
        var dir = feed.CreateProject("Precompiled", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddPages();
                var app = builder.Build();
                app.MapPages();
                app.Run();
                """,
            ["Post.cs"] = """
                [Pages.Collection("posts")]
                public sealed record Post(string Title);
                """,
            ["Pages/index.page"] = """
                ---
                var posts = Content.GetCollection<Post>("posts");
                ---
                <ul>@foreach (var post in posts) {<li>{post.Data.Title}: {post.Html}</li>}</ul>
                """,
            ["Content/posts/first.md"] = """
                ---
                title: First
                ---
                Some *emphasis* and a [link](https://example.com/).
                """,
        });
        var bin = Path.Combine(dir, "bin", "Release", "net10.0");
        var expected = ReadyToRunImage.ShippedForThisHost;

        // A clean build: each image copied to bin/ once, and no crossgen2 restored or run.
        var build = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-v:n", "-nodeReuse:false");
        output.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        foreach (var name in PrecompiledFiles)
        {
            Assert.True(expected == ReadyToRunImage.IsPrecompiled(Path.Combine(bin, name)), $"{name} in bin/: expected ReadyToRun {expected}");
            Assert.Single(Copies(build.Output, bin, name));
            if (expected)
            {
                var image = Assert.Single(Directory.GetFiles(Path.Combine(feed.InstalledDirectory, RuntimeImageFolder), name, SearchOption.AllDirectories));
                Assert.Equal(File.ReadAllBytes(image), File.ReadAllBytes(Path.Combine(bin, name)));
            }
        }

        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "System.IO.Hashing.dll")), "System.IO.Hashing ships as IL only");
        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "Precompiled.dll")), "the app's own assembly is left to the JIT");
        Assert.DoesNotContain("Crossgen2", File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json")), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("crossgen2", build.Output, StringComparison.OrdinalIgnoreCase);

        // `dotnet run -- build`: the incremental build copies neither file again, and the export runs on the images.
        var run = Dotnet.Run(dir, BuildTimeout, "run", "-c", "Release", "--no-launch-profile", "-v:n", "--", "build", "--out", "dist");
        output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var name in PrecompiledFiles)
        {
            Assert.Empty(Copies(run.Output, bin, name));
            Assert.True(expected == ReadyToRunImage.IsPrecompiled(Path.Combine(bin, name)), $"{name} in bin/ after dotnet run");
        }

        Assert.Contains("<em>emphasis</em>", File.ReadAllText(Path.Combine(dir, "dist", "index.html")), StringComparison.Ordinal);

        // A publish takes the package's files, not bin/'s: a framework-dependent publish is IL only.
        var publish = Dotnet.Run(dir, BuildTimeout, "publish", "-c", "Release", "-o", "published", "-nodeReuse:false");
        output.WriteLine(publish.ToString());
        Assert.True(publish.ExitCode == 0, publish.ToString());
        foreach (var name in PrecompiledFiles)
        {
            Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(dir, "published", name)), $"{name} in the publish output");
        }

        // The opt-out puts the IL files back into bin/.
        var optOut = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-p:PagesReadyToRun=false", "-nodeReuse:false");
        output.WriteLine(optOut.ToString());
        Assert.True(optOut.ExitCode == 0, optOut.ToString());
        foreach (var name in PrecompiledFiles)
        {
            Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, name)), $"{name} in bin/ with PagesReadyToRun=false");
        }

        // An app that takes another Markdig than the one the image was compiled from gets that Markdig's IL file, and
        // still the precompiled Pages. (Markdig 1.5.1, older than the package's dependency: no newer one is served here;
        // NU1605 is the downgrade warning an app that pins a version sees.)
        File.WriteAllText(Path.Combine(dir, "Precompiled.csproj"), File.ReadAllText(Path.Combine(dir, "Precompiled.csproj")).Replace(
            "</Project>",
            """
              <PropertyGroup>
                <NoWarn>$(NoWarn);NU1605</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Markdig" Version="[1.5.1]" />
              </ItemGroup>
            </Project>
            """,
            StringComparison.Ordinal));
        var otherMarkdig = Dotnet.Run(dir, BuildTimeout, "build", "-c", "Release", "-nodeReuse:false");
        output.WriteLine(otherMarkdig.ToString());
        Assert.True(otherMarkdig.ExitCode == 0, otherMarkdig.ToString());
        var binMarkdig = File.ReadAllBytes(Path.Combine(bin, "Markdig.dll"));
        Assert.False(ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "Markdig.dll")), "bin/Markdig.dll must be Markdig 1.5.1's IL, not the image of another Markdig");
        var markdig151 = Directory.GetFiles(Path.Combine(PackageFeed.GlobalPackagesFolder, "markdig", "1.5.1", "lib"), "Markdig.dll", SearchOption.AllDirectories);
        Assert.Contains(markdig151, path => File.ReadAllBytes(path).AsSpan().SequenceEqual(binMarkdig));
        Assert.True(expected == ReadyToRunImage.IsPrecompiled(Path.Combine(bin, "Pages.dll")), "Pages.dll in bin/ beside another Markdig");
    }

    /// <summary>The copies MSBuild reported (at normal verbosity) into <paramref name="bin"/>'s <paramref name="name"/>.</summary>
    private static List<string> Copies(string buildOutput, string bin, string name) =>
        Regex.Matches(buildOutput, "Copying file from \"([^\"]+)\" to \"([^\"]+)\"")
            .Where(m => Path.GetFullPath(m.Groups[2].Value) == Path.GetFullPath(Path.Combine(bin, name)))
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>The Markdig IL file the package was packed against: the version its nuspec depends on, as restored.</summary>
    private static string MarkdigFile(ZipArchive zip)
    {
        using var nuspec = zip.GetEntry("Pages.nuspec")!.Open();
        var version = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Markdig")
            .Attribute("version")!.Value;
        return Path.Combine(PackageFeed.GlobalPackagesFolder, "markdig", version.ToLowerInvariant(), "lib", "net10.0", "Markdig.dll");
    }

    private static byte[] Bytes(ZipArchive zip, string path)
    {
        using var bytes = new MemoryStream();
        using (var stream = zip.GetEntry(path)!.Open())
        {
            stream.CopyTo(bytes);
        }

        return bytes.ToArray();
    }
}
