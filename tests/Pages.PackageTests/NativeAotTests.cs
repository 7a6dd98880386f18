using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Pages.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Pages.PackageTests;

/// <summary>
/// SPEC §8: samples/Site published with Native AOT builds with zero trim/AOT warnings and serves its pages from the
/// native binary. (xunit.runner.json turns off parallel collections, so this never runs beside the package tests.)
/// </summary>
[Collection("native aot")]
public sealed partial class NativeAotTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sample_site_publishes_with_native_aot_without_warnings_and_serves_pages()
    {
        Assert.True(RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The Native AOT check targets linux-x64.");

        var outDir = Path.Combine(Path.GetTempPath(), $"pages-aot-{Guid.NewGuid():N}");
        try
        {
            // PublishAot=true comes from the sample's publish profile (Properties/PublishProfiles/native.pubxml), not
            // its project file, where it would turn Hot Reload off; -p:PublishAot=true on the command line would also
            // reach the netstandard2.0 generator project: NETSDK1207.
            var publish = Dotnet.Run(Repo.Root, TimeSpan.FromMinutes(15),
                "publish", Repo.Path("samples", "Site", "Site.csproj"), "-c", "Release", "-r", "linux-x64",
                "-p:PublishProfile=native", "-o", outDir, "-nodeReuse:false");
            output.WriteLine(publish.ToString());
            Assert.True(publish.ExitCode == 0, publish.ToString());

            var warnings = TrimOrAotWarning().Matches(publish.Output).Select(m => m.Value).Distinct().ToList();
            Assert.True(warnings.Count == 0, "Trim/AOT warnings:\n" + string.Join('\n', warnings));

            var binary = Path.Combine(outDir, "Site");
            Assert.True(File.Exists(binary), $"No native binary at {binary}.");
            Assert.False(File.Exists(Path.Combine(outDir, "Site.dll")), "The publish produced a managed Site.dll, not a native app.");
            var size = new FileInfo(binary).Length;
            output.WriteLine($"Native AOT publish: {publish.Elapsed.TotalSeconds:F1} s, binary {size / 1024.0 / 1024.0:F1} MiB");

            var started = Stopwatch.StartNew();
            await using var app = await AppProcess.StartAsync(binary, outDir);
            output.WriteLine($"Native binary answering after {started.ElapsedMilliseconds} ms");
            try
            {
                using var index = await app.Client.GetAsync("/");
                Assert.Equal(HttpStatusCode.OK, index.StatusCode);
                Assert.Equal(ExpectedIndex, await index.Content.ReadAsStringAsync());

                using var request = await app.Client.GetAsync("/request");
                Assert.Equal(HttpStatusCode.OK, request.StatusCode);
                Assert.Equal("no-store", request.Headers.CacheControl?.ToString());
                var body = await request.Content.ReadAsStringAsync();
                var url = new Uri(app.BaseAddress, "/request").ToString();
                var expected = "^" + Regex.Escape(ExpectedRequest.Replace("{url}", url, StringComparison.Ordinal))
                    .Replace(Regex.Escape("{timestamp}"), @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}&#x2B;00:00", StringComparison.Ordinal) + "$";
                Assert.Matches(expected, body);

                using var missing = await app.Client.GetAsync("/no/such/page");
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                Assert.Contains("<h1>Page not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            finally
            {
                output.WriteLine(app.Output);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(outDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [GeneratedRegex(@"^.*(warning IL\d+|warning AOT).*$", RegexOptions.Multiline)]
    private static partial Regex TrimOrAotWarning();

    // samples/Site/Pages/index.page, rendered.
    private const string ExpectedIndex = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Pages sample</title>
        </head>
        <body>
          <h1>Welcome to Pages</h1>
          <p>This page is prerendered: it is the same for every visitor.</p>
          <ul>
              <li>File routing</li>
              <li>Streaming HTML</li>
              <li>Static and on-demand pages</li>
              <li>Native AOT</li>
          </ul>
          <h2>The shop</h2>
          <ul>
            <li><a href="/products">Products</a> (prerendered) and a <a href="/products/1">product page</a> (on demand; <a href="/products/99">404</a>, <a href="/products/3">301</a>)</li>
            <li><a href="/counter">Cookie counter</a></li>
            <li><a href="/recommended">A streamed page</a></li>
            <li><a href="/contact">A form with antiforgery</a></li>
            <li>API: <a href="/api/products.json">GET /api/products.json</a>, POST it a JSON body, DELETE /api/products/{id}</li>
            <li><a href="/request">The request, rendered on demand</a></li>
          </ul>
          <p><a href="/blog">Read the blog</a> (content collections)</p>
        </body>
        </html>

        """;

    // samples/Site/Pages/request.page, rendered ({url} and {timestamp} vary).
    private const string ExpectedRequest = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>On demand</title>
        </head>
        <body>
          <h1>Rendered on demand</h1>
          <p>Method: <code>GET</code></p>
          <p>URL: <code>{url}</code></p>
          <p>Rendered at {timestamp}</p>
          <p><a href="/">Home</a></p>
        </body>
        </html>

        """;
}
