using System.Diagnostics;
using System.Globalization;
using Bench.LanguageServer;
using Pages.LanguageServer.Tests;

// The language server on the LspSite fixture plus N generated pages (default 200):
// 1. completion: an edit (as typing does), then completion after `product.` in a hole; time of the completion.
// 2. diagnostics: an edit that introduces or removes a typo, until the matching publishDiagnostics arrives
//    (includes the server's debounce, as an editor sees it).
// Ends with: language-server: completion_median_ms=X completion_p95_ms=Y diagnostics_median_ms=Z diagnostics_p95_ms=W
int pageCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;

using var fixture = FixtureCopy.Create();
SyntheticPages.AddTo(fixture.Root, pageCount);
fixture.Restore();
var page = fixture.PathOf("Pages/generated/page100.page");
if (!File.Exists(page))
{
    page = fixture.PathOf("Pages/generated/page000.page");
}
var text = File.ReadAllText(page);

await using var client = await LspClient.StartAsync(fixture.Root);
var load = Stopwatch.StartNew();
await client.OpenAsync(page);
var first = await client.WaitForDiagnosticsAsync(page, _ => true, TimeSpan.FromMinutes(3));
Console.WriteLine($"project with {pageCount + 3} pages loaded; open -> first diagnostics {load.ElapsedMilliseconds} ms ({first.Count} diagnostics)");
if (first.Count != 0)
{
    Console.Error.WriteLine("the page is not clean: " + first.ToJsonString());
    return 1;
}

// Completion after an edit: the edit changes a string literal, so every request sees a new compilation.
var completion = new List<double>();
for (var i = 0; i < rounds + 3; i++)
{
    var edited = text.Replace("var heading = \"Page", $"var heading = \"Edit {i} Page");
    await client.ChangeAsync(page, edited);
    var clock = Stopwatch.StartNew();
    var result = await client.CompletionAsync(page, LspClient.PositionOf(edited, "{product.Name}", "{product.".Length));
    var elapsed = clock.Elapsed.TotalMilliseconds;
    if (result?["items"]?.AsArray().Any(item => item!["label"]!.GetValue<string>() == "Price") != true)
    {
        Console.Error.WriteLine("completion did not list Price");
        return 1;
    }
    if (i >= 3)
    {
        completion.Add(elapsed); // the first rounds warm the JIT and Roslyn's caches
    }
}
client.DrainDiagnostics();

// Change -> diagnostics: alternate a typo (CS1061) and its fix.
var diagnostics = new List<double>();
var broken = text.Replace("{heading}", "{heading.Lenght}");
for (var i = 0; i < rounds + 2; i++)
{
    var introduce = i % 2 == 0;
    client.DrainDiagnostics();
    var clock = Stopwatch.StartNew();
    await client.ChangeAsync(page, introduce ? broken : text);
    await client.WaitForDiagnosticsAsync(page, d => introduce ? d.Any(x => x!["code"]!.GetValue<string>() == "CS1061") : d.Count == 0, TimeSpan.FromSeconds(30));
    if (i >= 2)
    {
        diagnostics.Add(clock.Elapsed.TotalMilliseconds);
    }
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

Console.WriteLine($"completion after an edit ({completion.Count} runs): median {Percentile(completion, 0.5):0.0} ms, p95 {Percentile(completion, 0.95):0.0} ms (target: median <= 100 ms)");
Console.WriteLine($"change -> diagnostics ({diagnostics.Count} runs, debounce included): median {Percentile(diagnostics, 0.5):0.0} ms, p95 {Percentile(diagnostics, 0.95):0.0} ms (target: <= 500 ms)");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"language-server: completion_median_ms={Percentile(completion, 0.5):0.0} completion_p95_ms={Percentile(completion, 0.95):0.0} diagnostics_median_ms={Percentile(diagnostics, 0.5):0.0} diagnostics_p95_ms={Percentile(diagnostics, 0.95):0.0}"));
// The server's own log (per-request timings) for a closer look.
File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "server.log"), client.Log);
return 0;
