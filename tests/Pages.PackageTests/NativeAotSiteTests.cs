using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// Native AOT end to end: <c>dotnet new pages --aot</c>, built against the packed package and published for
/// linux-x64, gives a native binary (no trim/AOT warnings) that serves prerendered pages, on-demand pages with cookies,
/// a form with antiforgery posted to an endpoint, JSON in and out through source-generated <c>JsonTypeInfo</c>, a
/// content collection, static files and the 404 page. Prints the binary's size and its start-to-first-200 time.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class NativeAotSiteTests(PackageFeed feed, ITestOutputHelper output)
{
    private const int StartupRuns = 5;

    [Fact]
    public async Task Template_site_published_with_native_aot_serves_every_kind_of_page_and_endpoint()
    {
        Assert.True(RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The Native AOT check targets linux-x64.");
        const string name = "AotSite";
        var (dir, created) = TemplateHive.For(feed).Create(name, "--aot");
        Assert.True(created.ExitCode == 0, created.ToString());

        // PublishAot is on for Release only (Debug keeps Hot Reload); `dotnet publish` builds Release.
        // Into publish/, the folder the template's Dockerfile copies.
        var outDir = Path.Combine(dir, "publish");
        var publish = Dotnet.Run(dir, TimeSpan.FromMinutes(15), "publish", "-c", "Release", "-r", "linux-x64", "-o", outDir, "-nodeReuse:false");
        output.WriteLine(publish.ToString());
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var warnings = TrimOrAotWarning().Matches(publish.Output).Select(m => m.Value).Distinct().ToList();
        Assert.True(warnings.Count == 0, "Trim/AOT warnings:\n" + string.Join('\n', warnings));

        var binary = Path.Combine(outDir, name);
        Assert.True(File.Exists(binary), $"No native binary at {binary}.");
        Assert.False(File.Exists(Path.Combine(outDir, name + ".dll")), "The publish produced a managed dll, not a native app.");
        // Pages and content are compiled into the binary: no .page or Markdown file is published beside it.
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.page", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.md", SearchOption.AllDirectories));
        var size = new FileInfo(binary).Length;
        AssertDockerfileCopiesThePublishOutput(dir, outDir, name);

        // Start to first 200, several times (the first run also warms this side's HttpClient); the median is the figure.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var times = new List<TimeSpan>();
        for (var run = 0; run < StartupRuns; run++)
        {
            times.Add(await StartupTimer.TimeToFirstOkAsync(client, binary, outDir));
        }

        var median = times.Order().ElementAt(times.Count / 2);
        output.WriteLine($"Native AOT: publish {publish.Elapsed.TotalSeconds:F1} s; binary {size / 1024.0 / 1024.0:F1} MiB ({size:N0} bytes); " +
            $"start to first 200 on /: median {median.TotalMilliseconds:F0} ms of {StartupRuns} runs " +
            $"({string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms)");
        // Generous bounds that separate "works" from "broken" on a busy CI machine; the figures above are the measurement.
        Assert.True(size < 40L * 1024 * 1024, $"The binary is {size:N0} bytes.");
        Assert.True(median < TimeSpan.FromSeconds(5), $"Median start to first 200: {median.TotalMilliseconds:F0} ms.");

        await using var app = await AppProcess.StartAsync(binary, outDir);
        try
        {
            await SiteChecks.ServesEverythingAsync(app.BaseAddress, name, output);
        }
        finally
        {
            output.WriteLine(app.Output);
        }
    }

    /// <summary>
    /// The container image cannot be built here (no registry to pull runtime-deps from): check what can be checked,
    /// that the Dockerfile copies the publish folder and starts the binary that is in it.
    /// </summary>
    private static void AssertDockerfileCopiesThePublishOutput(string projectDir, string publishDir, string name)
    {
        var dockerfile = File.ReadAllLines(Path.Combine(projectDir, "Dockerfile"));
        Assert.Contains("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0", dockerfile);
        var copy = Assert.Single(dockerfile, l => l.StartsWith("COPY ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Path.GetFullPath(publishDir).TrimEnd('/'), Path.GetFullPath(Path.Combine(projectDir, copy[1])).TrimEnd('/'));
        Assert.Contains($"ENTRYPOINT [\"./{name}\"]", dockerfile);
    }

    [GeneratedRegex(@"^.*(warning IL\d+|warning AOT).*$", RegexOptions.Multiline)]
    private static partial Regex TrimOrAotWarning();
}
